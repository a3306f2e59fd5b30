# shellcheck shell=bash
# Failure reporting for sg-java.sh, sourced only when no runtime or no jar can be used: the SessionStart metrics
# line with the bootstrap codes of bootstrap-and-telemetry.md §4.5-4.6, and the install hint for the stderr line.

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

# SessionStart only: the metrics line the JVM would have printed (spec §4.5 step 0), plus a one-time notice
# per plugin version for "no runtime" (10) and "runtime too old" (6). Args: outcome phase err [jre src].
sg_report_bootstrap_failure() {
  local outcome=$1 phase=$2 err=$3 jre=${4-} src=${5-} metrics notice='' marker
  sg_plugin_pv
  metrics='{"metrics":{'
  if [ "$SG_PV" -gt 0 ]; then metrics=$metrics'"pv":'$SG_PV','; fi
  metrics=$metrics'"boot":'$outcome',"boot_phase":'$phase',"boot_err":'$err
  if [ -n "$jre" ]; then metrics=$metrics',"boot_jre":'$jre',"boot_jre_src":'$src; fi
  if [ "$outcome" = 6 ] || [ "$outcome" = 10 ]; then metrics=$metrics',"boot_alt_jre":'${D_ALT_JRE:-0}; fi
  if [ -n "${JAVA_TOOL_OPTIONS-}${JDK_JAVA_OPTIONS-}${_JAVA_OPTIONS-}" ]; then metrics=$metrics',"boot_jto":true'; fi
  metrics=$metrics'}'
  marker=$SG_STATE/.jvm_unavailable_notice_v$SG_PV
  # shellcheck disable=SC2174 # only the state dir itself needs 0700
  if { [ "$outcome" = 6 ] || [ "$outcome" = 10 ]; } && [ -n "$SG_STATE" ] && [ ! -e "$marker" ] &&
    { [ -d "$SG_STATE" ] || mkdir -p -m 700 "$SG_STATE" 2>/dev/null; } && : 2>/dev/null >"$marker"; then
    notice='security-guidance is off for this session: it needs Java 17 or newer and none was usable. Install a JDK 17+ or set SG_JAVA to a java binary, then start a new session.'
    metrics=$metrics',"systemMessage":"'$notice'","hookSpecificOutput":{"hookEventName":"SessionStart","additionalContext":"The security-guidance plugin could not start (no Java 17+ runtime), so no security warnings or reviews run in this session."}'
  fi
  printf '%s}\n' "$metrics"
}

# What to install, for the one stderr line.
sg_install_hint() {
  case $(uname -s 2>/dev/null) in
    Darwin) SG_HINT="install one with 'brew install openjdk@21' (or from https://adoptium.net)" ;;
    MINGW* | MSYS* | CYGWIN*) SG_HINT="install one with 'winget install EclipseAdoptium.Temurin.21.JRE' (or from https://adoptium.net)" ;;
    *) SG_HINT="install one with your package manager, e.g. 'sudo apt install openjdk-21-jre-headless' or 'sudo dnf install java-21-openjdk-headless'" ;;
  esac
  SG_HINT="$SG_HINT, or set SG_JAVA to a Java 17+ binary"
}
