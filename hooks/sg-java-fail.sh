# shellcheck shell=bash
# Failure reporting for sg-java.sh, sourced only when something cannot run: the metrics lines the launcher prints
# itself (bootstrap codes of bootstrap-and-telemetry.md §4.5-4.7), their copy in the local metrics file, the
# one-time notice, and the install hint for the stderr line.

# pv = major*10000 + minor*100 + patch of plugin.json's version, 0 when unreadable (hooks-and-patterns.md §1.3).
sg_plugin_pv() {
  local text='' line re='"version"[[:space:]]*:[[:space:]]*"([0-9]+)\.([0-9]+)\.([0-9]+)'
  SG_PV=0
  [ -f "$SG_ROOT/.claude-plugin/plugin.json" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do text=$text$line; done <"$SG_ROOT/.claude-plugin/plugin.json"
  if [[ $text =~ $re ]]; then
    SG_PV=$((10#${BASH_REMATCH[1]} * 10000 + 10#${BASH_REMATCH[2]} * 100 + 10#${BASH_REMATCH[3]}))
  fi
}

# The hook name of the local metrics file (contract: SessionStart|PostToolUse|Stop|UserPromptSubmit|Rescue).
sg_hook_name() {
  case $SG_MODE:$SG_EVENT in
    bootstrap:*) SG_HOOK_NAME=SessionStart ;;
    rescue:*) SG_HOOK_NAME=Rescue ;;
    hook:prompt) SG_HOOK_NAME=UserPromptSubmit ;;
    hook:stop) SG_HOOK_NAME=Stop ;;
    *) SG_HOOK_NAME=PostToolUse ;;
  esac
}

# Appends {"ts","hook","src":"launcher","metrics"} to <state>/metrics.jsonl (0600, O_APPEND); SG_LOCAL_TELEMETRY=0
# turns it off. Best effort: a failure here never changes what the hook prints.
sg_append_local_metrics() {
  [ "${SG_LOCAL_TELEMETRY-}" != 0 ] && [ -n "$SG_STATE" ] || return 0
  # shellcheck disable=SC2174 # only the state dir itself needs 0700
  [ -d "$SG_STATE" ] || mkdir -p -m 700 "$SG_STATE" 2>/dev/null || return 0
  sg_now
  sg_hook_name
  # The subshell keeps umask 077 away from the JVM this script may exec afterwards.
  (
    umask 077
    printf '{"ts":%s,"hook":"%s","src":"launcher","metrics":%s}\n' "$SG_NOW" "$SG_HOOK_NAME" "$1" \
      >>"$SG_STATE/metrics.jsonl"
  ) 2>/dev/null
  return 0
}

# Prints {"metrics":<object>[,<extra members>]} on stdout (not in rescue mode: nobody reads it) and keeps a copy.
sg_emit_metrics() {
  if [ "$SG_MODE" != rescue ]; then
    if [ -n "${2-}" ]; then printf '{"metrics":%s,%s}\n' "$1" "$2"; else printf '{"metrics":%s}\n' "$1"; fi
  fi
  sg_append_local_metrics "$1"
}

# Sets SG_METRICS, the §4.7 object in emission order, for a failure the launcher reports itself.
# Args: outcome [phase err [rc]]. Runtime facts come from SG_JRE_FEATURE/INTERIM/UPDATE/SRC/VM when known (sg_main
# starts them empty), the
# probes from SG_HAS_JAVAC/SG_HAS_MVN when set, boot_alt_jre from discovery (D_ALT_JRE).
sg_boot_metrics() {
  local outcome=$1 m='{'
  sg_plugin_pv
  if [ "$SG_PV" -gt 0 ]; then m=$m'"pv":'$SG_PV','; fi
  m=$m'"boot":'$outcome
  if [ -n "${2-}" ]; then m=$m',"boot_phase":'$2',"boot_err":'$3; fi
  if [ -n "${4-}" ]; then m=$m',"boot_rc":'$4; fi
  # Values from the resolution cache file are re-checked: only integers ever reach the line (spec §4.7).
  if sg_is_int "$SG_JRE_FEATURE" && sg_is_int "$SG_JRE_SRC"; then
    sg_is_int "$SG_JRE_INTERIM" || SG_JRE_INTERIM=0
    m=$m',"boot_jre":'$((10#$SG_JRE_FEATURE * 100 + 10#$SG_JRE_INTERIM))',"boot_jre_src":'$((10#$SG_JRE_SRC))
    if sg_is_int "$SG_JRE_VM"; then m=$m',"boot_jvm":'$((10#$SG_JRE_VM)); fi
  fi
  if [ "$outcome" = 6 ] || [ "$outcome" = 10 ]; then m=$m',"boot_alt_jre":'${D_ALT_JRE:-0}; fi
  if [ -n "$SG_HAS_JAVAC" ]; then m=$m',"boot_has_javac":'$(sg_bool "$SG_HAS_JAVAC"); fi
  if [ -n "$SG_HAS_MVN" ]; then m=$m',"boot_has_mvn":'$(sg_bool "$SG_HAS_MVN"); fi
  if [ "$outcome" = 3 ] && sg_is_int "$SG_JRE_UPDATE"; then m=$m',"boot_jre_upd":'$((10#$SG_JRE_UPDATE)); fi
  if [ -n "${JAVA_TOOL_OPTIONS-}${JDK_JAVA_OPTIONS-}${_JAVA_OPTIONS-}" ]; then m=$m',"boot_jto":true'; fi
  SG_METRICS=$m'}'
}

sg_is_int() {
  case $1 in '' | *[!0-9]*) return 1 ;; esac
  [ "${#1}" -le 9 ]
}

sg_bool() {
  if [ "$1" = 1 ]; then printf true; else printf false; fi
}

# SessionStart only: the metrics line the JVM would have printed (spec §4.5 step 0), plus a one-time notice per
# plugin version for "no runtime" (10) and "runtime too old" (6). Args: outcome phase err [rc].
sg_report_bootstrap_failure() {
  local outcome=$1 extra='' marker
  sg_boot_metrics "$@"
  marker=$SG_STATE/.jvm_unavailable_notice_v$SG_PV
  # shellcheck disable=SC2174 # only the state dir itself needs 0700
  if { [ "$outcome" = 6 ] || [ "$outcome" = 10 ]; } && [ -n "$SG_STATE" ] && [ ! -e "$marker" ] &&
    { [ -d "$SG_STATE" ] || mkdir -p -m 700 "$SG_STATE" 2>/dev/null; } && : 2>/dev/null >"$marker"; then
    sg_install_hint
    extra='"systemMessage":"security-guidance is off for this session: it needs Java 17 or newer and none was usable. '
    extra=$extra$SG_NOTICE_HINT' Then start a new session.","hookSpecificOutput":{"hookEventName":"SessionStart",'
    extra=$extra'"additionalContext":"The security-guidance plugin could not start (no Java 17+ runtime), so no security warnings or reviews run in this session."}'
  fi
  sg_emit_metrics "$SG_METRICS" "$extra"
}

# Every other hook without a usable runtime: the minimal line of spec §4.9 ({pv, boot}), so asyncRewake hooks
# see a valid answer. The command line and the rescue print nothing on stdout.
sg_report_hook_unavailable() {
  case $SG_MODE in hook | rescue) ;; *) return 0 ;; esac
  sg_plugin_pv
  if [ "$SG_PV" -gt 0 ]; then
    sg_emit_metrics '{"pv":'"$SG_PV"',"boot":'"$1"'}'
  else
    sg_emit_metrics '{"boot":'"$1"'}'
  fi
}

# What to install: SG_HINT for the stderr line, SG_NOTICE_HINT (JSON-safe, no quotes or backslashes) for the notice.
sg_install_hint() {
  case $(uname -s 2>/dev/null) in
    Darwin)
      SG_HINT="install one with 'brew install openjdk@21' (or from https://adoptium.net)"
      SG_NOTICE_HINT='On macOS install one with: brew install openjdk@21 (or a Temurin 21 package from https://adoptium.net).'
      ;;
    MINGW* | MSYS* | CYGWIN*)
      SG_HINT="install one with 'winget install EclipseAdoptium.Temurin.21.JDK' (or from https://adoptium.net)"
      SG_NOTICE_HINT='On Windows install one with: winget install EclipseAdoptium.Temurin.21.JDK (or from https://adoptium.net).'
      ;;
    *)
      SG_HINT="install one with your package manager, e.g. 'sudo apt install openjdk-21-jdk-headless' or 'sudo dnf install java-21-openjdk-devel'"
      SG_NOTICE_HINT='On Linux install one with your package manager, e.g. sudo apt install openjdk-21-jdk-headless (Debian, Ubuntu) or sudo dnf install java-21-openjdk-devel (Fedora, RHEL).'
      ;;
  esac
  SG_HINT="$SG_HINT, or set SG_JAVA to a Java 17+ binary"
  SG_NOTICE_HINT="$SG_NOTICE_HINT Or set SG_JAVA to an installed Java 17+ binary."
}
