# shellcheck shell=bash disable=SC2034 # sourced by sg-java.sh, which reads SG_JAVA_BIN, SG_JRE_SRC, SG_JRE_RELEASE
# Java runtime discovery for sg-java.sh, sourced only when the resolution cache cannot be reused.
# Order and sources follow bootstrap-and-telemetry.md §4.3:
#   1-3 (SG_JAVA / SG_JAVA_HOME, JAVA_HOME, PATH): the FIRST runtime >= 17 wins (the user's explicit choice);
#   4-9 (SDKMAN, Homebrew kegs, macOS JVM dirs, Linux JVM dirs, Windows Program Files, version managers):
#       the HIGHEST feature >= 17 wins, first found on ties;
#   10  (IDE-bundled runtimes): only with SG_ALLOW_IDE_JRE=1, otherwise counted for telemetry only.
# SG_TEST_FS_ROOT (tests only) is prefixed to every system location so fake layouts can live in a temp dir.

SG_PROBE_TIMEOUT=5

# Follows symlinks of the binary itself (no `readlink -f` on older macOS); sets SG_REAL.
sg_resolve_links() {
  local p=$1 target n=0
  while [ -L "$p" ] && [ "$n" -lt 40 ]; do
    target=$(readlink "$p") || break
    case $target in
      /*) p=$target ;;
      *) p=${p%/*}/$target ;;
    esac
    n=$((n + 1))
  done
  SG_REAL=$p
}

# Splits a Java version string: "25.0.3" -> 25/0/3, "1.8.0_392" -> 8/0/392, "21-ea" -> 21/0/0.
sg_parse_version() {
  local v=${1%%[-+ ]*} rest
  P_FEATURE='' P_INTERIM=0 P_UPDATE=0
  case $v in
    1.*)
      v=${v#1.}
      P_FEATURE=${v%%.*}
      case $v in *_*) P_UPDATE=${v##*_} ;; esac
      ;;
    *)
      P_FEATURE=${v%%.*}
      case $v in
        *.*)
          rest=${v#*.}
          P_INTERIM=${rest%%.*}
          case $rest in *.*) rest=${rest#*.} && P_UPDATE=${rest%%.*} ;; esac
          ;;
      esac
      ;;
  esac
  case $P_FEATURE in '' | *[!0-9]*) P_FEATURE='' && return 1 ;; esac
  case $P_INTERIM in '' | *[!0-9]*) P_INTERIM=0 ;; esac
  case $P_UPDATE in '' | *[!0-9]*) P_UPDATE=0 ;; esac
  # 10# keeps "08"/"09" from being read as octal.
  P_FEATURE=$((10#$P_FEATURE)) P_INTERIM=$((10#$P_INTERIM)) P_UPDATE=$((10#$P_UPDATE))
}

# Reads <home>/release without running anything; sets P_VERSION, P_VM and SG_RELEASE_LINE.
sg_read_release() {
  local line val
  P_VERSION='' P_VM=1 SG_RELEASE_LINE=''
  [ -f "$1/release" ] || return 1
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%$'\r'}
    val=${line#*=}
    val=${val#\"}
    val=${val%\"}
    case $line in
      JAVA_VERSION=*) SG_RELEASE_LINE=$line P_VERSION=$val ;;
      JVM_VARIANT=*) case $val in [Oo]pen[Jj]9) P_VM=2 ;; esac ;;
      GRAALVM_VERSION=* | IMPLEMENTOR=*GraalVM*) P_VM=3 ;;
    esac
  done <"$1/release" 2>/dev/null
  [ -n "$P_VERSION" ]
}

# Runs "$@" with stdout+stderr captured in SG_OUT, killed after SG_PROBE_TIMEOUT seconds. macOS has no
# GNU `timeout`, so a watchdog subshell does the killing; its fds point at /dev/null so a leftover
# `sleep` can never hold Claude Code's pipes open. A temp file (not $(...)) avoids waiting on grandchildren.
sg_run_limited() {
  local tmp pid watchdog line
  SG_OUT='' SG_RC=1
  tmp=$(mktemp "${TMPDIR:-/tmp}/sg-java-probe.XXXXXX" 2>/dev/null) || return 1
  "$@" >"$tmp" 2>&1 </dev/null &
  pid=$!
  (
    trap 'kill "${nap-}" 2>/dev/null; exit 0' TERM
    sleep "$SG_PROBE_TIMEOUT" &
    nap=$!
    wait "$nap"
    kill -9 "$pid" 2>/dev/null
  ) >/dev/null 2>&1 </dev/null &
  watchdog=$!
  wait "$pid"
  SG_RC=$?
  kill "$watchdog" 2>/dev/null
  wait "$watchdog" 2>/dev/null
  while IFS= read -r line || [ -n "$line" ]; do SG_OUT=$SG_OUT$line$'\n'; done <"$tmp"
  rm -f "$tmp"
}

# macOS /usr/bin/java is a stub that forwards to the default JDK, and without one it can pop up an install dialog.
# Ask java_home instead of running it: no JDK -> the stub is recorded and skipped; else probe the real JDK.
sg_macos_stub_target() {
  local home
  if home=$("${SG_TEST_FS_ROOT-}/usr/libexec/java_home" 2>/dev/null) && [ -n "$home" ] && [ -x "$home/bin/java" ]; then
    P_JAVA=$home/bin/java
    return 0
  fi
  D_STUB=1
  return 1
}

# Probes one candidate binary; sets P_* (version, vm), P_JAVA (resolved binary), P_HOME and SG_RELEASE_LINE.
sg_probe() {
  local candidate=$1 bin version_re='version "([^"]+)"'
  P_FEATURE=
  [ -n "$candidate" ] && [ -x "$candidate" ] && [ ! -d "$candidate" ] || return 1
  case $candidate in /*) ;; *) candidate=$PWD/$candidate ;; esac
  sg_resolve_links "$candidate"
  P_JAVA=$SG_REAL
  if [ "$P_JAVA" = "${SG_TEST_FS_ROOT-}/usr/bin/java" ] && [ -x "${SG_TEST_FS_ROOT-}/usr/libexec/java_home" ]; then
    sg_macos_stub_target || return 1
  fi
  bin=${P_JAVA%/*}
  P_HOME=${bin%/*}
  if ! sg_read_release "$P_HOME"; then
    SG_RELEASE_LINE=''
    sg_run_limited "$P_JAVA" -version || return 1
    case $SG_OUT in
      *"Unable to locate a Java Runtime"* | *"No Java runtime present"*) D_STUB=1 && return 1 ;;
    esac
    [ "$SG_RC" -eq 0 ] || return 1
    [[ $SG_OUT =~ $version_re ]] || return 1
    P_VERSION=${BASH_REMATCH[1]}
    case $SG_OUT in *OpenJ9*) P_VM=2 ;; *GraalVM*) P_VM=3 ;; *) P_VM=1 ;; esac
  fi
  sg_parse_version "$P_VERSION"
}

sg_remember_old() {
  if [ -z "$D_OLD_FEATURE" ] || [ "$P_FEATURE" -gt "$D_OLD_FEATURE" ]; then
    D_OLD_FEATURE=$P_FEATURE D_OLD_INTERIM=$P_INTERIM D_OLD_SRC=$2 D_OLD_JAVA=$P_JAVA
  fi
}

sg_take() {
  D_JAVA=$P_JAVA D_HOME=$P_HOME D_FEATURE=$P_FEATURE D_INTERIM=$P_INTERIM D_UPDATE=$P_UPDATE
  D_VM=$P_VM D_SRC=$1 D_RELEASE=$SG_RELEASE_LINE
}

# Sources 1-3: the first usable runtime wins.
sg_try_first() {
  local candidate=$1 src=$2
  sg_probe "$candidate" || return 1
  if [ "$P_FEATURE" -lt "$SG_MIN_JAVA" ]; then
    sg_remember_old "$candidate" "$src"
    return 1
  fi
  sg_take "$src"
}

# Sources 4-10: keeps the highest; each resolved binary is probed once (by candidate path).
sg_scan() {
  local src=$1 candidate
  shift
  for candidate in ${1+"$@"}; do
    case $D_SEEN in *"|$candidate|"*) continue ;; esac
    D_SEEN="$D_SEEN|$candidate|"
    sg_probe "$candidate" || continue
    if [ "$src" -eq 10 ] && [ "${SG_ALLOW_IDE_JRE-}" != 1 ]; then
      # IDE runtimes are telemetry only unless opted in (boot_alt_jre).
      if [ "$((P_FEATURE * 100 + P_INTERIM))" -gt "$D_ALT_JRE" ]; then D_ALT_JRE=$((P_FEATURE * 100 + P_INTERIM)); fi
      continue
    fi
    if [ "$P_FEATURE" -lt "$SG_MIN_JAVA" ]; then
      sg_remember_old "$candidate" "$src"
    elif [ -z "$D_FEATURE" ] || [ "$P_FEATURE" -gt "$D_FEATURE" ]; then
      sg_take "$src"
    fi
  done
}

# <home>/bin/java, or java.exe under Git Bash.
sg_java_in() {
  if [ -x "$1/bin/java" ] || [ ! -e "$1/bin/java.exe" ]; then SG_JAVA_IN=$1/bin/java; else SG_JAVA_IN=$1/bin/java.exe; fi
}

sg_scan_system() {
  local r=${SG_TEST_FS_ROOT-} h=${HOME-/nonexistent} sdk vendor home local_app
  sdk=${SDKMAN_DIR:-$h/.sdkman}
  sg_scan 4 "$sdk/candidates/java/current/bin/java" "$sdk/candidates/java/"*/bin/java
  sg_scan 5 "$r/opt/homebrew/opt/openjdk/bin/java" "$r/opt/homebrew/opt/openjdk@"*/bin/java \
    "$r/usr/local/opt/openjdk"*/bin/java "$r/home/linuxbrew/.linuxbrew/opt/openjdk"*/bin/java
  if [ -x "$r/usr/libexec/java_home" ] && home=$("$r/usr/libexec/java_home" -v "$SG_MIN_JAVA+" 2>/dev/null); then
    sg_scan 6 "$home/bin/java"
  fi
  sg_scan 6 "$r/Library/Java/JavaVirtualMachines/"*/Contents/Home/bin/java \
    "$h/Library/Java/JavaVirtualMachines/"*/Contents/Home/bin/java
  sg_scan 7 "$r/usr/lib/jvm/"*/bin/java "$r/usr/lib64/jvm/"*/bin/java "$r/usr/java/"*/bin/java \
    "$r/opt/java/openjdk/bin/java" "$r/opt/jdk"*/bin/java
  for vendor in "Eclipse Adoptium" Java Microsoft "Amazon Corretto" Zulu BellSoft; do
    sg_scan 8 "$r/c/Program Files/$vendor/"*/bin/java.exe
  done
  local_app=${LOCALAPPDATA-}
  if [ -n "$local_app" ] && command -v cygpath >/dev/null 2>&1; then local_app=$(cygpath -u "$local_app" 2>/dev/null); fi
  if [ -n "$local_app" ]; then sg_scan 8 "$local_app/Programs/Eclipse Adoptium/"*/bin/java.exe; fi
  sg_scan 8 "$h/scoop/apps/"*jdk*/current/bin/java.exe
  sg_scan 9 "$h/.asdf/installs/java/"*/bin/java "$h/.local/share/mise/installs/java/"*/bin/java \
    "$h/.jenv/versions/"*/bin/java "$h/.gradle/jdks/"*/bin/java "$h/.gradle/jdks/"*/Contents/Home/bin/java \
    "$h/.jbang/cache/jdks/"*/bin/java "$h/.jbang/cache/jdks/"*/Contents/Home/bin/java
  sg_scan 10 "$r/Applications/IntelliJ IDEA"*.app/Contents/jbr/Contents/Home/bin/java \
    "$r/Applications/Android Studio.app/Contents/jbr/Contents/Home/bin/java" \
    "$h/.local/share/JetBrains/Toolbox/apps/"*/jbr/bin/java \
    "$r/c/Program Files/JetBrains/"*/jbr/bin/java.exe "$r/c/Program Files/Android/Android Studio/jbr/bin/java.exe"
}

# Fills D_* with the chosen runtime; returns 1 when none qualifies.
sg_discover() {
  local on_path
  D_JAVA='' D_FEATURE='' D_SEEN='' D_STUB=0 D_ALT_JRE=0 D_OLD_FEATURE='' D_OLD_INTERIM=0 D_OLD_SRC='' D_OLD_JAVA=''
  if [ -n "${SG_JAVA-}" ]; then
    case $SG_JAVA in
      */*) sg_try_first "$SG_JAVA" 1 && return 0 ;;
      *) on_path=$(command -v "$SG_JAVA" 2>/dev/null) && sg_try_first "$on_path" 1 && return 0 ;;
    esac
  fi
  if [ -n "${SG_JAVA_HOME-}" ]; then sg_java_in "$SG_JAVA_HOME" && sg_try_first "$SG_JAVA_IN" 1 && return 0; fi
  if [ -n "${JAVA_HOME-}" ]; then sg_java_in "$JAVA_HOME" && sg_try_first "$SG_JAVA_IN" 2 && return 0; fi
  on_path=$(command -v java 2>/dev/null) && sg_try_first "$on_path" 3 && return 0
  local was_nullglob=0
  shopt -q nullglob && was_nullglob=1
  shopt -s nullglob
  sg_scan_system
  [ "$was_nullglob" = 1 ] || shopt -u nullglob
  [ -n "$D_FEATURE" ]
}

# Writes the resolution cache atomically (temp file + rename); any failure just skips caching.
sg_cache_write() {
  local tmp jar_win=
  [ -n "$SG_CACHE_FILE" ] || return 0
  case "${SG_JAVA-}${SG_JAVA_HOME-}${JAVA_HOME-}${PATH-}${SG_TEST_FS_ROOT-}$D_JAVA$D_HOME" in
    *$'\n'*) return 0 ;; # a line-based file cannot hold these values faithfully
  esac
  # shellcheck disable=SC2174 # only the state dir itself needs 0700
  [ -d "$SG_STATE" ] || mkdir -p -m 700 "$SG_STATE" 2>/dev/null || return 0
  if command -v cygpath >/dev/null 2>&1; then jar_win=$(cygpath -w "$SG_JAR_PATH" 2>/dev/null) || jar_win=; fi
  sg_now
  tmp=$SG_CACHE_FILE.tmp.$$
  {
    printf 'v=%s\n' "$SG_CACHE_FORMAT"
    printf 'java=%s\nhome=%s\n' "$D_JAVA" "$D_HOME"
    printf 'feature=%s\ninterim=%s\nupdate=%s\n' "$D_FEATURE" "$D_INTERIM" "$D_UPDATE"
    printf 'src=%s\nvm=%s\nrelease=%s\n' "$D_SRC" "$D_VM" "$D_RELEASE"
    printf 'env_sg_java=%s\nenv_sg_java_home=%s\n' "${SG_JAVA-}" "${SG_JAVA_HOME-}"
    printf 'env_java_home=%s\nenv_path=%s\n' "${JAVA_HOME-}" "${PATH-}"
    printf 'env_ide=%s\nenv_fsroot=%s\n' "${SG_ALLOW_IDE_JRE-}" "${SG_TEST_FS_ROOT-}"
    if [ -n "$jar_win" ]; then printf 'jar=%s\njar_win=%s\n' "$SG_JAR_PATH" "$jar_win"; fi
    printf 'ts=%s\n' "$SG_NOW"
  } 2>/dev/null >"$tmp" && mv -f "$tmp" "$SG_CACHE_FILE" 2>/dev/null
  rm -f "$tmp" 2>/dev/null
  return 0
}

sg_discover_or_give_up() {
  if sg_discover; then
    sg_use_runtime "$D_JAVA" "$D_SRC" "$D_RELEASE" "$D_FEATURE" "$D_INTERIM" "$D_UPDATE" "$D_VM"
    sg_cache_write
    return 0
  fi
  # shellcheck source=hooks/sg-java-fail.sh
  . "$SG_HOOKS_DIR/sg-java-fail.sh" || sg_give_up "launcher file $SG_HOOKS_DIR/sg-java-fail.sh is missing; reinstall the plugin"
  sg_install_hint
  if [ -n "$D_OLD_FEATURE" ]; then
    SG_JRE_FEATURE=$D_OLD_FEATURE SG_JRE_INTERIM=$D_OLD_INTERIM SG_JRE_SRC=$D_OLD_SRC
    if [ "$SG_MODE" = bootstrap ]; then sg_report_bootstrap_failure 6 6 18; else sg_report_hook_unavailable 6; fi
    sg_give_up "Java $D_OLD_FEATURE at $D_OLD_JAVA is too old, security-guidance needs Java $SG_MIN_JAVA or newer; $SG_HINT"
  fi
  if [ "$SG_MODE" = bootstrap ]; then
    if [ "$D_STUB" = 1 ]; then sg_report_bootstrap_failure 10 6 19; else sg_report_bootstrap_failure 10 6 17; fi
  else
    sg_report_hook_unavailable 10
  fi
  if [ "$D_STUB" = 1 ]; then
    sg_give_up "only the macOS 'java' stub was found and no JDK is installed; security-guidance needs Java $SG_MIN_JAVA or newer: $SG_HINT"
  fi
  sg_give_up "no Java runtime found, security-guidance needs Java $SG_MIN_JAVA or newer; $SG_HINT"
}
