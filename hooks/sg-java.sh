#!/usr/bin/env bash
# Launcher for the security-guidance jar: finds a Java 17+ runtime, then replaces itself with
#   java <stdout-hygiene flags> -jar lib/security-guidance.jar <args>
#
#   sg-java.sh bootstrap       SessionStart: prints the async marker first, then runs `hook session-start` as a child
#                              (building the jar from source first when the plugin root is a source checkout)
#   sg-java.sh hook <event>    every other hook (prompt, edit, bash, stop)
#   sg-java.sh hook edit       asks the warm hook server first (sg-java-server.sh, ADR 0012), else as above
#   sg-java.sh rescue          detached start-up cache bootstrap, spawned by `hook edit` (`bootstrap --rescue`)
#   sg-java.sh <args...>       the command-line tool (bin/security-guidance scan ., --version, ...)
#
# A hook must never break the session: with no usable runtime or no jar this prints ONE line on stderr, a minimal
# metrics line on stdout (hooks) and exits 0 (hooks) or 3 (command line). It never exits 2 and never retries.
# Spec: bootstrap-and-telemetry.md §4.2-4.4 (discovery order, release file, resolution cache, JVM flags).
#
# The cache-hit path below forks nothing on bash >= 4.2 (`hook edit` with a live warm server: one `cat`):
# discovery (sg-java-discover.sh) and failure reporting (sg-java-fail.sh), the SessionStart extras (sg-java-boot.sh)
# and the warm server client (sg-java-server.sh) are only read when needed. Written for bash 3.2 (macOS /bin/bash) and Git Bash: no
# associative arrays, no ${x,,}, and arrays that may be empty are expanded as ${a[@]+"${a[@]}"} because of `set -u`.
set -u
shopt -s execfail

SG_MIN_JAVA=17
SG_CACHE_FORMAT=1
SG_CACHE_MAX_AGE=604800 # 7 days

# Sets SG_HOOKS_DIR and SG_ROOT (the plugin root) from this script's own path; spaces are safe.
sg_locate_root() {
  local src=${BASH_SOURCE[0]} here=$PWD
  case $src in /*) ;; *) src=$PWD/$src ;; esac
  SG_HOOKS_DIR=${src%/*}
  # `cd` in this shell rather than $(...): no fork. We go straight back, the JVM must keep the caller's cwd.
  if cd -P -- "$SG_HOOKS_DIR/.." 2>/dev/null; then
    SG_ROOT=$PWD
    cd -- "$here" 2>/dev/null || true
  else
    SG_ROOT=$SG_HOOKS_DIR/..
  fi
}

# `~` and `~/x` expand to $HOME, like the state-dir resolution of the hook (hooks-and-patterns.md §6.3).
# shellcheck disable=SC2088 # a literal "~/" prefix is what we match
sg_expand_tilde() {
  case $1 in
    "~") SG_EXPANDED=${HOME-} ;;
    "~/"*) SG_EXPANDED=${HOME-}/${1#"~/"} ;;
    *) SG_EXPANDED=$1 ;;
  esac
}

# SECURITY_WARNINGS_STATE_DIR -> CLAUDE_CONFIG_DIR/security -> $HOME/.claude/security; empty means unset (#1868).
sg_state_dir() {
  SG_STATE=
  if [ -n "${SECURITY_WARNINGS_STATE_DIR-}" ]; then
    sg_expand_tilde "$SECURITY_WARNINGS_STATE_DIR"
    SG_STATE=$SG_EXPANDED
  elif [ -n "${CLAUDE_CONFIG_DIR-}" ]; then
    sg_expand_tilde "$CLAUDE_CONFIG_DIR"
    SG_STATE=$SG_EXPANDED/security
  elif [ -n "${HOME-}" ]; then
    SG_STATE=$HOME/.claude/security
  fi
  SG_CACHE_FILE=
  if [ -n "$SG_STATE" ]; then SG_CACHE_FILE=$SG_STATE/jvm-runtime.cache; fi
}

sg_now() {
  if [ -n "${EPOCHSECONDS-}" ]; then
    SG_NOW=$EPOCHSECONDS
  elif [ "${BASH_VERSINFO[0]}" -gt 4 ] || { [ "${BASH_VERSINFO[0]}" -eq 4 ] && [ "${BASH_VERSINFO[1]}" -ge 2 ]; }; then
    printf -v SG_NOW '%(%s)T' -1
  else
    SG_NOW=$(date +%s)
  fi
}

# Sets SG_RELEASE_LINE to the JAVA_VERSION line of <home>/release (empty when there is none).
sg_release_line() {
  local line
  SG_RELEASE_LINE=''
  [ -f "$1/release" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in
      JAVA_VERSION=*) SG_RELEASE_LINE=${line%$'\r'}; return 0 ;;
    esac
  done <"$1/release" 2>/dev/null
  return 0
}

# Loads the resolution cache into SGC_* and returns 0 when it may be reused as is (spec §4.3).
sg_cache_load() {
  local line key val
  SGC_V='' SGC_JAVA='' SGC_HOME='' SGC_FEATURE='' SGC_SRC='' SGC_RELEASE='' SGC_TS=''
  SGC_SG_JAVA='' SGC_SG_JAVA_HOME='' SGC_JAVA_HOME='' SGC_PATH='' SGC_IDE='' SGC_FSROOT='' SGC_JAR='' SGC_JARW=''
  SGC_INTERIM='' SGC_UPDATE='' SGC_VM=''
  [ -n "$SG_CACHE_FILE" ] && [ -f "$SG_CACHE_FILE" ] || return 1
  while IFS= read -r line; do
    key=${line%%=*}
    val=${line#*=}
    case $key in
      v) SGC_V=$val ;;
      java) SGC_JAVA=$val ;;
      home) SGC_HOME=$val ;;
      feature) SGC_FEATURE=$val ;;
      interim) SGC_INTERIM=$val ;;
      update) SGC_UPDATE=$val ;;
      vm) SGC_VM=$val ;;
      src) SGC_SRC=$val ;;
      release) SGC_RELEASE=$val ;;
      ts) SGC_TS=$val ;;
      env_sg_java) SGC_SG_JAVA=$val ;;
      env_sg_java_home) SGC_SG_JAVA_HOME=$val ;;
      env_java_home) SGC_JAVA_HOME=$val ;;
      env_path) SGC_PATH=$val ;;
      env_ide) SGC_IDE=$val ;;
      env_fsroot) SGC_FSROOT=$val ;;
      jar) SGC_JAR=$val ;;
      jar_win) SGC_JARW=$val ;;
    esac
  done <"$SG_CACHE_FILE" 2>/dev/null
  [ "$SGC_V" = "$SG_CACHE_FORMAT" ] || return 1
  [ "$SGC_SG_JAVA" = "${SG_JAVA-}" ] && [ "$SGC_SG_JAVA_HOME" = "${SG_JAVA_HOME-}" ] || return 1
  [ "$SGC_JAVA_HOME" = "${JAVA_HOME-}" ] && [ "$SGC_PATH" = "${PATH-}" ] || return 1
  [ "$SGC_IDE" = "${SG_ALLOW_IDE_JRE-}" ] && [ "$SGC_FSROOT" = "${SG_TEST_FS_ROOT-}" ] || return 1
  case $SGC_TS$SGC_FEATURE$SGC_SRC in '' | *[!0-9]*) return 1 ;; esac
  [ "$SGC_FEATURE" -ge "$SG_MIN_JAVA" ] || return 1
  sg_now
  [ "$SGC_TS" -le "$((SG_NOW + 60))" ] && [ "$((SG_NOW - SGC_TS))" -lt "$SG_CACHE_MAX_AGE" ] || return 1
  [ -x "$SGC_JAVA" ] && [ ! -d "$SGC_JAVA" ] || return 1
  sg_release_line "$SGC_HOME"
  [ "$SG_RELEASE_LINE" = "$SGC_RELEASE" ]
}

# One line on stderr, then the exit status that keeps the session going (spec §4.9: never 2, never loop).
sg_give_up() {
  printf 'security-guidance: %s\n' "$1" >&2
  if [ "$SG_MODE" = cli ]; then exit 3; fi
  exit 0
}

# Converts the jar path and absolute POSIX arguments for a Windows java.exe (#2043); no-op without cygpath.
sg_windows_paths() {
  SG_LAUNCH_JAR=$SG_JAR_PATH
  SG_LAUNCH_ARGS=()
  SG_WINDOWS=0
  if ! command -v cygpath >/dev/null 2>&1; then
    SG_LAUNCH_ARGS=(${1+"$@"})
    return 0
  fi
  SG_WINDOWS=1
  if [ -n "$SGC_JARW" ] && [ "$SGC_JAR" = "$SG_JAR_PATH" ]; then
    SG_LAUNCH_JAR=$SGC_JARW
  else
    SG_LAUNCH_JAR=$(cygpath -w "$SG_JAR_PATH" 2>/dev/null) || SG_LAUNCH_JAR=$SG_JAR_PATH
  fi
  local arg
  for arg in ${1+"$@"}; do
    case $arg in
      /*) arg=$(cygpath -w "$arg" 2>/dev/null) || true ;;
    esac
    SG_LAUNCH_ARGS+=("$arg")
  done
}

# Start-up archive (spec §4.4), built by `security-guidance jvm-cache`: used only when <state>/jvm-cache/archives.index
# registers one for exactly this java binary, release line, jar path and jar SHA-256 (the .sha256 sidecar is read,
# never computed), the jar is not newer than the archive and the archive not newer than the index. Anything else, or
# SG_JVM_CACHE=0, means no flag: a hook without an archive is only slower, and a rejected one costs a warning on stderr
# (-Xlog:disable keeps stdout clean). The index-mtime rule matters: HotSpot 17 dies with SIGBUS, and prints its crash
# banner on STDOUT, when a registered archive was truncated later; a file changed after registration is never used.
# -XX:AOTCache REPLACES -Xshare:auto: JDK 25 refuses to start when both are given (verified on 25.0.3).
# Not used under Git Bash yet: java.exe would need the archive path converted (a cygpath fork on every hook).
sg_jvm_cache_args() {
  local index sha='' v mode name java release jar jsha rest archive
  SG_SHARE_ARGS=(-Xshare:auto)
  SG_ARCHIVE_USED=0
  [ "${SG_JVM_CACHE-}" != 0 ] && [ -n "$SG_STATE" ] && [ "$SG_WINDOWS" = 0 ] || return 0
  index=$SG_STATE/jvm-cache/archives.index
  [ -f "$index" ] && [ -f "$SG_JAR_PATH.sha256" ] || return 0
  IFS= read -r sha <"$SG_JAR_PATH.sha256" 2>/dev/null
  sha=${sha:0:64}
  [ "${#sha}" -eq 64 ] || return 0
  while IFS=$'\t' read -r v mode name java release jar jsha rest; do
    [[ $v == v1 && $java == "$SG_JAVA_BIN" && $release == "${SG_JRE_RELEASE:-none}" ]] || continue
    [[ $jar == "$SG_LAUNCH_JAR" && $jsha == "$sha" && -z $rest ]] || continue
    case $name in '' | */* | *\\*) continue ;; esac
    archive=$SG_STATE/jvm-cache/$name
    [[ -s $archive && ! $archive -nt $index && ! $SG_JAR_PATH -nt $archive ]] || continue
    case $mode in
      1) SG_SHARE_ARGS=(-Xshare:auto "-XX:SharedArchiveFile=$archive") ;;
      2 | 3) SG_SHARE_ARGS=("-XX:AOTCache=$archive") ;;
      *) continue ;;
    esac
    SG_ARCHIVE_USED=1
    return 0
  done <"$index" 2>/dev/null
  return 0
}

sg_launch() {
  sg_windows_paths ${1+"$@"}
  # Hooks are short-lived: C1 only, one GC thread, a small heap, and the start-up archive trained with exactly these
  # flags. Human-facing commands (`scan` over a whole tree) are throughput jobs: full JIT and the default GC — the
  # hook flags made `scan` ~5x slower (bench/scan/RESULTS.md) — and no archive, whose GC flags would not match.
  if [ "$SG_MODE" = cli ]; then
    SG_SHARE_ARGS=(-Xshare:auto)
    SG_TUNING_ARGS=(-Xss4m)
  else
    sg_jvm_cache_args
    SG_TUNING_ARGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -Xss1m)
    if [ "$SG_EVENT" = edit ] && [ "$SG_ARCHIVE_USED" = 0 ]; then sg_maybe_rescue; fi
  fi
  # For `jvm-cache` (and the bootstrap): the archive must be registered for the binary and release line seen here.
  export SG_JRE_SRC SG_JAVA_BIN SG_JRE_RELEASE
  # The warm hook server (ADR 0012): `hook edit` asks it first, SessionStart starts it; any failure is the exec below.
  if [ "${SG_HOOK_SERVER-}" != 0 ] && [ "$SG_WINDOWS" = 0 ] && [ -n "$SG_STATE" ] && ! sg_switched_off; then
    if [ "$SG_EVENT" = edit ]; then
      # shellcheck source=hooks/sg-java-server.sh
      if . "$SG_HOOKS_DIR/sg-java-server.sh" 2>/dev/null; then sg_server_try || sg_server_fallback_stdin; fi
    elif [ "$SG_MODE" = bootstrap ] && [ -z "$SG_LAUNCH_CHILD" ]; then
      # shellcheck source=hooks/sg-java-server.sh
      if . "$SG_HOOKS_DIR/sg-java-server.sh" 2>/dev/null; then sg_server_spawn; fi
    fi
  fi
  # SessionStart: the JVM runs as a supervised child (sg-java-boot.sh), which re-enters here to exec it.
  if [ "$SG_MODE" = bootstrap ] && [ -z "$SG_LAUNCH_CHILD" ]; then sg_supervise_bootstrap ${1+"$@"}; fi
  # -Xlog:disable first: HotSpot writes unified-logging warnings (stale CDS/AOT archives) to stdout by
  # default, which would corrupt the one JSON line Claude Code reads (spec §4.4).
  # shellcheck disable=SC2093 # execfail is set: the lines below run only if exec fails
  exec "$SG_JAVA_BIN" -Xlog:disable -Xlog:all=warning:stderr -XX:+IgnoreUnrecognizedVMOptions \
    "${SG_TUNING_ARGS[@]}" "${SG_SHARE_ARGS[@]}" \
    -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -jar "$SG_LAUNCH_JAR" ${SG_LAUNCH_ARGS[@]+"${SG_LAUNCH_ARGS[@]}"}
  # Only reached when exec itself failed (execfail): forget the cached runtime and fail open.
  if [ -n "$SG_CACHE_FILE" ]; then rm -f "$SG_CACHE_FILE" 2>/dev/null; fi
  sg_give_up "could not start Java at $SG_JAVA_BIN; set SG_JAVA to a working Java 17+ binary"
}

# The kill switches (SECURITY_GUIDANCE_DISABLE, ENABLE_SECURITY_REMINDER=0): a switched-off plugin starts no
# background JVM (no rescue, no hook server); the hook itself still runs and reports the switch. Builtins only.
# Values are trimmed as the JVM's Env trims them, so both sides agree on " 1" or "0 ".
sg_switched_off() {
  local v=${ENABLE_SECURITY_REMINDER-}
  v=${v#"${v%%[![:space:]]*}"} && v=${v%"${v##*[![:space:]]}"}
  [ "$v" != 0 ] || return 0
  v=${SECURITY_GUIDANCE_DISABLE-}
  v=${v#"${v%%[![:space:]]*}"} && v=${v%"${v##*[![:space:]]}"}
  case $v in 1 | [Tt][Rr][Uu][Ee] | [Yy][Ee][Ss] | [Oo][Nn]) return 0 ;; esac
  return 1
}

# PostToolUse rescue (spec §4.5 "Detached rescue", §1.12): a HotSpot runtime without a usable start-up archive
# spawns `sg-java.sh rescue` detached, at most once per 300 s (<state>/.jvm_boot_spawned holds the epoch, written
# before spawning). Only `read` and printf until it decides to spawn: the no-rescue path forks nothing.
sg_maybe_rescue() {
  local last=0 file
  [ "${SG_JVM_CACHE-}" != 0 ] && [ "$SG_WINDOWS" = 0 ] && [ -n "$SG_STATE" ] && { [ "$SG_JRE_VM" = 1 ] || [ -z "$SG_JRE_VM" ]; } || return 0
  ! sg_switched_off || return 0
  # A bootstrap already at work (SessionStart's, or an earlier rescue) holds its sentinel: nothing to rescue yet.
  [ ! -e "$SG_STATE/jvm-boot.building" ] || return 0
  file=$SG_STATE/.jvm_boot_spawned
  if [ -f "$file" ]; then
    IFS= read -r last <"$file" 2>/dev/null
    case $last in '' | *[!0-9]*) last=0 ;; esac
  fi
  sg_now
  # A throttle from the future (clock moved back) counts as stale.
  [ "$((SG_NOW - last))" -ge 300 ] || [ "$last" -gt "$SG_NOW" ] || return 0
  { printf '%s\n' "$SG_NOW" >"$file"; } 2>/dev/null || return 0
  if command -v setsid >/dev/null 2>&1; then
    setsid "$BASH" "$SG_HOOKS_DIR/sg-java.sh" rescue </dev/null >/dev/null 2>&1 &
  else
    nohup "$BASH" "$SG_HOOKS_DIR/sg-java.sh" rescue </dev/null >/dev/null 2>&1 &
  fi
  return 0
}

# The runtime the launcher execs and reports: java binary, discovery source, release line, feature, interim, update,
# VM kind (from the cache on a hit, from discovery otherwise). Assignments only: the cache-hit path forks nothing.
sg_use_runtime() {
  SG_JAVA_BIN=$1 SG_JRE_SRC=$2 SG_JRE_RELEASE=$3
  SG_JRE_FEATURE=$4 SG_JRE_INTERIM=$5 SG_JRE_UPDATE=$6 SG_JRE_VM=$7
}

# Hooks and the command line without the bundled jar (a source checkout): the jar SessionStart built from source.
sg_jar_from_state() {
  # shellcheck source=hooks/sg-java-fail.sh
  if [ -z "${SG_JAR-}" ] && [ -n "$SG_STATE" ] && . "$SG_HOOKS_DIR/sg-java-fail.sh"; then
    sg_plugin_pv
    if [ -f "$SG_STATE/app/$SG_PV/security-guidance.jar" ]; then
      SG_JAR_PATH=$SG_STATE/app/$SG_PV/security-guidance.jar
      return 0
    fi
  fi
  sg_give_up "the jar $SG_JAR_PATH is missing; a new session builds it from source (needs a JDK 17+), or build it with './mvnw -q package -DskipTests' in the security-guidance source tree and use target/plugin"
}

sg_main() {
  SG_MODE=cli SG_EVENT='' SG_LAUNCH_CHILD=''
  # Runtime facts and build probes for the lines the launcher reports itself (empty = unknown).
  SG_JRE_SRC='' SG_JRE_FEATURE='' SG_JRE_INTERIM='' SG_JRE_UPDATE='' SG_JRE_VM='' SG_HAS_JAVAC='' SG_HAS_MVN=''
  case ${1-} in
    bootstrap)
      SG_MODE=bootstrap
      # Printed before any JVM starts so SessionStart never waits on JVM start-up (spec §4.2).
      printf '%s\n' '{"async": true, "asyncTimeout": 180000}'
      set -- hook session-start
      ;;
    rescue)
      SG_MODE=rescue
      set -- bootstrap --rescue
      ;;
    hook) SG_MODE=hook SG_EVENT=${2-} ;;
  esac
  sg_locate_root
  SG_JAR_PATH=${SG_JAR:-$SG_ROOT/lib/security-guidance.jar}
  sg_state_dir
  if [ "$SG_MODE" != bootstrap ] && [ ! -f "$SG_JAR_PATH" ]; then sg_jar_from_state; fi
  if sg_cache_load; then
    sg_use_runtime "$SGC_JAVA" "$SGC_SRC" "$SG_RELEASE_LINE" "$SGC_FEATURE" "$SGC_INTERIM" "$SGC_UPDATE" "$SGC_VM"
  else
    # shellcheck source=hooks/sg-java-discover.sh
    if ! . "$SG_HOOKS_DIR/sg-java-discover.sh"; then
      sg_give_up "launcher file $SG_HOOKS_DIR/sg-java-discover.sh is missing; reinstall the plugin"
    fi
    sg_discover_or_give_up
  fi
  if [ "$SG_MODE" = bootstrap ]; then
    # shellcheck source=hooks/sg-java-boot.sh
    . "$SG_HOOKS_DIR/sg-java-boot.sh" || sg_give_up "launcher file $SG_HOOKS_DIR/sg-java-boot.sh is missing; reinstall the plugin"
    sg_bootstrap_jar
  fi
  sg_launch ${1+"$@"}
}

sg_main ${1+"$@"}
