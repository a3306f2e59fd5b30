# shellcheck shell=bash disable=SC2030,SC2031 # each watchdog subshell keeps its own $nap on purpose
# SessionStart-only parts of sg-java.sh (sourced in bootstrap mode, after the async marker was printed):
#   * the jar: the bundled one when it matches its SHA-256 sidecar; else, when the plugin root is a source checkout
#     (marketplace source "./"), the jar built from those sources into <state>/app/<pv>/ with the Maven wrapper;
#   * the JVM runs as a child with its output captured, so a JVM that cannot start still yields one valid line.
# bootstrap-and-telemetry.md §4.5 (step 3a, build from source) and §4.6 (phase 8 build, phase 10 launch).

SG_BUILD_DEADLINE_MAX=110 # s; leaves the JVM's own bootstrap room inside SessionStart's 180 s
SG_LAUNCH_DEADLINE=170    # s after SessionStart began; under asyncTimeout (180 s), so our line is printed in time
SG_STALE_LOCK=300         # s; the same staleness as the JVM's jvm-boot.building sentinel

# shellcheck source=hooks/sg-java-fail.sh
. "$SG_HOOKS_DIR/sg-java-fail.sh" || return 1
sg_now
SG_BOOT_STARTED=$SG_NOW
# shellcheck source=hooks/sg-java-classify.sh
. "$SG_HOOKS_DIR/sg-java-classify.sh" || return 1

# Sets SG_SHA_CMD to a SHA-256 tool that hashes its file arguments or stdin; returns 1 when there is none.
sg_sha_cmd() {
  if command -v sha256sum >/dev/null 2>&1; then
    SG_SHA_CMD=(sha256sum)
  elif command -v shasum >/dev/null 2>&1; then
    SG_SHA_CMD=(shasum -a 256)
  else
    return 1
  fi
}

# Sets SG_SHA256 to the hex SHA-256 of file $1.
sg_sha256() {
  local out
  SG_SHA256=''
  sg_sha_cmd && out=$("${SG_SHA_CMD[@]}" <"$1" 2>/dev/null) || return 1
  SG_SHA256=${out%% *}
  [ "${#SG_SHA256}" -eq 64 ]
}

# True when jar $1 exists and hashes to the value of its .sha256 sidecar.
sg_jar_verified() {
  local expected=''
  [ -f "$1" ] && [ -f "$1.sha256" ] || return 1
  IFS= read -r expected <"$1.sha256" 2>/dev/null
  expected=${expected%% *}
  sg_sha256 "$1" && [ "$SG_SHA256" = "${expected%$'\r'}" ]
}

# A plugin root that holds the sources (a git checkout installed as a marketplace) can build its own jar.
sg_has_sources() {
  [ -f "$SG_ROOT/pom.xml" ] && [ -f "$SG_ROOT/mvnw" ] && [ -f "$SG_ROOT/.mvn/wrapper/maven-wrapper.properties" ]
}

# Sets SG_FP to a SHA-256 over every pom.xml, main source and wrapper file of the checkout (the reuse stamp).
sg_source_fingerprint() {
  SG_FP=''
  sg_sha_cmd || return 1
  SG_FP=$(cd "$SG_ROOT" &&
    find . \( -name target -o -name .git \) -prune -o -type f \
      \( -name pom.xml -o -path './*/src/main/*' -o -path './.mvn/wrapper/*' \) -print0 2>/dev/null |
    LC_ALL=C sort -z | xargs -0 "${SG_SHA_CMD[@]}" 2>/dev/null | "${SG_SHA_CMD[@]}") || return 1
  SG_FP=${SG_FP%% *}
  [ "${#SG_FP}" -eq 64 ]
}

# boot_has_javac / boot_has_mvn (spec §4.7): a compiler next to the chosen java, a usable wrapper or mvn on PATH.
sg_probe_build_tools() {
  local bin=${SG_JAVA_BIN%/*}
  SG_HAS_JAVAC=0 SG_HAS_MVN=0
  if [ -x "$bin/javac" ] || [ -x "$bin/javac.exe" ]; then SG_HAS_JAVAC=1; fi
  if { [ -r "$SG_ROOT/mvnw" ] && [ -r "$SG_ROOT/.mvn/wrapper/maven-wrapper.properties" ]; } ||
    command -v mvn >/dev/null 2>&1; then
    SG_HAS_MVN=1
  fi
}

# The jar for this session; returns with SG_JAR_PATH set, or reports the failure line and exits 0.
sg_bootstrap_jar() {
  if [ -n "${SG_JAR-}" ] || ! sg_has_sources; then
    if [ ! -f "$SG_JAR_PATH" ]; then
      sg_report_bootstrap_failure 3 7 20
      sg_give_up "the jar $SG_JAR_PATH is missing; reinstall the plugin, or build it with './mvnw -q package -DskipTests' in the security-guidance source tree and use target/plugin"
    fi
    return 0 # the JVM checks the sidecar itself and reports a mismatch as 3/7/21
  fi
  if sg_jar_verified "$SG_JAR_PATH"; then return 0; fi
  sg_jar_from_sources
}

# Step 3a: reuse <state>/app/<pv>/security-guidance.jar when its stamp matches these sources (8), else build (7).
sg_jar_from_sources() {
  local dest jar stamp=''
  sg_plugin_pv
  sg_probe_build_tools
  SG_BUILD_LOG='the state directory'
  [ -n "$SG_STATE" ] || sg_build_failed 1 99
  dest=$SG_STATE/app/$SG_PV
  jar=$dest/security-guidance.jar
  sg_source_fingerprint || sg_build_failed 8 99
  [ -f "$dest/stamp" ] && IFS= read -r stamp <"$dest/stamp" 2>/dev/null
  if [ "$stamp" = "v1 $SG_FP" ] && sg_jar_verified "$jar"; then
    sg_use_source_jar "$jar" 8
    return 0
  fi
  # Without a compiler Maven cannot succeed: say so (no_build_tool) instead of downloading Maven first.
  if [ "$SG_HAS_JAVAC" != 1 ] || [ "$SG_HAS_MVN" != 1 ]; then sg_build_failed 8 6; fi
  sg_build_lock "$SG_STATE/app/.build.lock" || {
    SG_HAS_JAVAC='' SG_HAS_MVN=''
    sg_report_bootstrap_failure 5
    exit 0
  }
  sg_build "$dest"
  rm -rf "$SG_STATE/app/.build.lock" 2>/dev/null
  [ "$SG_BUILD_OK" = 1 ] || sg_build_failed 8 "$SG_ERR" "$SG_ERR_RC"
  sg_use_source_jar "$jar" 7
}

sg_use_source_jar() {
  SG_JAR_PATH=$1
  SG_BOOT_FROM_SOURCE=$2 SG_BOOT_HAS_JAVAC=$SG_HAS_JAVAC SG_BOOT_HAS_MVN=$SG_HAS_MVN
  export SG_BOOT_FROM_SOURCE SG_BOOT_HAS_JAVAC SG_BOOT_HAS_MVN
}

# Reports 3/<phase>/<err> [rc] with the build-tool probes, says where the log is, and ends the hook (exit 0).
sg_build_failed() {
  sg_report_bootstrap_failure 3 "$1" "$2" "${3-}"
  sg_give_up "could not build the jar from source (boot_err $2); see $SG_BUILD_LOG"
}

# An atomic mkdir lock with an epoch inside; a lock older than SG_STALE_LOCK seconds is taken over.
sg_build_lock() {
  local lock=$1 since=0
  # shellcheck disable=SC2174 # only <state>/app itself needs 0700; the state dir exists or is created 0700 elsewhere
  mkdir -p -m 700 "${lock%/*}" 2>/dev/null
  sg_now
  if ! mkdir "$lock" 2>/dev/null; then
    [ -f "$lock/epoch" ] && IFS= read -r since <"$lock/epoch" 2>/dev/null
    case $since in '' | *[!0-9]*) since=0 ;; esac
    [ "$((SG_NOW - since))" -ge "$SG_STALE_LOCK" ] || return 1
    rm -rf "$lock" 2>/dev/null
    mkdir "$lock" 2>/dev/null || return 1
  fi
  printf '%s\n' "$SG_NOW" >"$lock/epoch" 2>/dev/null
  return 0
}

# Copies the build inputs (root pom, wrapper, modules, plugin files) of $SG_ROOT into $1: the plugin directory is
# never written to (it may be read-only) and a half-finished build never shadows a good jar.
sg_copy_sources() {
  local dst=$1 line entry re='<module>([^<]+)</module>'
  local entries=(pom.xml mvnw .mvn hooks bin .claude-plugin)
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ $line =~ $re ]]; then entries+=("${BASH_REMATCH[1]}"); fi
  done <"$SG_ROOT/pom.xml"
  mkdir -p "$dst" || return 1
  for entry in "${entries[@]}"; do
    case $entry in '' | /* | *..*) continue ;; esac
    [ -e "$SG_ROOT/$entry" ] || continue
    cp -R "$SG_ROOT/$entry" "$dst/" || return 1
    rm -rf "$dst/$entry/target"
  done
}

# Runs the Maven wrapper in the copy $1 (used in the background under sg_run_deadline).
sg_maven_package() {
  cd "$1" || exit 1
  JAVA_HOME=${SG_JAVA_BIN%/bin/*}
  export JAVA_HOME
  # -Duser.language=en: Maven and javac messages are localized and the classifier reads English (spec §4.6).
  MAVEN_OPTS="${MAVEN_OPTS-} -Duser.language=en"
  export MAVEN_OPTS
  exec sh ./mvnw -B -q -Dmaven.test.skip=true -pl sg-app -am package
}

# Builds into a work dir under <state>/app and installs jar + .sha256 + stamp into $1 with renames.
# Sets SG_BUILD_OK=1, or SG_ERR/SG_ERR_RC from the classifier.
sg_build() {
  local dest=$1 work=$SG_STATE/app/.build.$$ built deadline=$SG_BUILD_DEADLINE_MAX
  SG_BUILD_OK=0 SG_BUILD_LOG=$SG_STATE/app/build.log
  case ${SG_TEST_BUILD_TIMEOUT-} in '' | *[!0-9]*) ;; *) [ "$SG_TEST_BUILD_TIMEOUT" -ge "$deadline" ] || deadline=$SG_TEST_BUILD_TIMEOUT ;; esac
  rm -rf "$work"
  printf 'security-guidance: building the jar from %s\n' "$SG_ROOT" >"$SG_BUILD_LOG" 2>/dev/null
  if sg_copy_sources "$work" 2>>"$SG_BUILD_LOG"; then
    sg_run_deadline "$deadline" "$SG_BUILD_LOG" sg_maven_package "$work"
  else
    SG_RC=1 SG_OWN_TIMEOUT=0
  fi
  built=$work/sg-app/target/security-guidance.jar
  if [ "$SG_RC" = 0 ] && [ -f "$built" ] && sg_install_jar "$built" "$dest" 2>>"$SG_BUILD_LOG"; then
    SG_BUILD_OK=1
  else
    [ "$SG_RC" != 0 ] || SG_RC=1
    sg_classify_output build "$SG_RC" "$SG_OWN_TIMEOUT" 1 "$(tail -c 65536 "$SG_BUILD_LOG" 2>/dev/null)"
  fi
  rm -rf "$work"
}

sg_install_jar() {
  local built=$1 dest=$2 tmp
  # shellcheck disable=SC2174 # <state>/app was created 0700 by the build lock
  mkdir -p -m 700 "$dest" || return 1
  tmp=$dest/.tmp.$$
  cp "$built" "$tmp.jar" && sg_sha256 "$tmp.jar" && printf '%s\n' "$SG_SHA256" >"$tmp.sha256" &&
    printf 'v1 %s\n' "$SG_FP" >"$tmp.stamp" &&
    mv -f "$tmp.jar" "$dest/security-guidance.jar" && mv -f "$tmp.sha256" "$dest/security-guidance.jar.sha256" &&
    mv -f "$tmp.stamp" "$dest/stamp"
  local rc=$?
  rm -f "$tmp.jar" "$tmp.sha256" "$tmp.stamp"
  return "$rc"
}

# Waits for child $1 while a watchdog gives it $2 seconds; when they run out the watchdog creates the file $3 and
# SIGKILLs the child ($4 = group: its whole process group, else the process alone). Sets SG_RC to the child's status.
sg_wait_with_deadline() {
  local pid=$1 secs=$2 flag=$3 scope=$4 watchdog
  (
    trap 'kill "${nap-}" 2>/dev/null; exit 0' TERM
    sleep "$secs" &
    nap=$!
    wait "$nap"
    : >"$flag"
    if [ "$scope" = group ]; then
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
    else
      kill -KILL "$pid" 2>/dev/null
    fi
  ) >/dev/null 2>&1 </dev/null &
  watchdog=$!
  wait "$pid" 2>/dev/null
  SG_RC=$?
  kill "$watchdog" 2>/dev/null
  wait "$watchdog" 2>/dev/null
}

# Runs "$@" in the background in its own process group (set -m) with all output appended to $2, killing the whole
# group after $1 seconds. No GNU timeout on macOS. Sets SG_RC and SG_OWN_TIMEOUT (1 when our deadline fired).
sg_run_deadline() {
  local secs=$1 log=$2 pid flag
  shift 2
  flag=$log.deadline
  rm -f "$flag"
  set -m
  "$@" </dev/null >>"$log" 2>&1 &
  pid=$!
  set +m
  sg_wait_with_deadline "$pid" "$secs" "$flag" group
  SG_OWN_TIMEOUT=0
  if [ -f "$flag" ]; then SG_OWN_TIMEOUT=1; fi
  rm -f "$flag"
}

# Runs the SessionStart JVM as a child (stdin passed through, output captured), then prints its JSON line; when it
# wrote none, classifies what it said (phase 10 launch) and prints a valid line instead. Always exits 0.
sg_supervise_bootstrap() {
  local dir tmpdir='' out err pid line json='' flag deadline
  dir=$SG_STATE
  if [ -z "$dir" ] || ! [ -d "$dir" ] || ! [ -w "$dir" ]; then
    tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/sg-boot.XXXXXX" 2>/dev/null) || tmpdir=/tmp
    dir=$tmpdir
  fi
  out=$dir/.jvm-launch.$$.out err=$dir/.jvm-launch.$$.err flag=$dir/.jvm-launch.$$.deadline
  # Whatever a source build used of the 170 s is not available to the JVM (at least 10 s are).
  sg_now
  deadline=$((SG_LAUNCH_DEADLINE - (SG_NOW - SG_BOOT_STARTED)))
  [ "$deadline" -ge 10 ] || deadline=10
  exec 3<&0
  (
    # shellcheck disable=SC2034 # read by sg_launch in sg-java.sh
    SG_LAUNCH_CHILD=1
    sg_launch "$@"
  ) <&3 >"$out" 2>"$err" 3<&- &
  pid=$!
  exec 3<&-
  sg_wait_with_deadline "$pid" "$deadline" "$flag" process
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in '{'*) json=$line && break ;; esac
  done <"$out" 2>/dev/null
  if [ -n "$json" ]; then
    printf '%s\n' "$json"
  else
    local own=0
    [ -f "$flag" ] && own=1
    sg_classify_output launch "$SG_RC" "$own" 0 "$(tail -c 65536 "$err" 2>/dev/null; tail -c 65536 "$out" 2>/dev/null)"
    # A launch failure matching no rule is "the JVM wrote no JSON line" (30), not an anonymous other (99).
    [ "$SG_ERR" != 99 ] || SG_ERR=30
    sg_report_bootstrap_failure 3 10 "$SG_ERR" "$SG_ERR_RC"
  fi
  # The JVM's stderr (warnings, crash reasons) stays visible on ours: only stdout is protocol.
  tail -c 8192 "$err" >&2 2>/dev/null
  rm -f "$out" "$err" "$flag"
  if [ -n "$tmpdir" ] && [ "$tmpdir" != /tmp ]; then rm -rf "$tmpdir"; fi
  exit 0
}
