# shellcheck shell=bash
# Warm hook server client, sourced by sg-java.sh for `hook edit` (ADR 0012). Sends the edit to the long-lived
# `hook-server` JVM over 127.0.0.1 and prints its answer; every failure returns 1 and the caller launches the normal
# fresh JVM, with the same stdin. Uses only builtins and bash's /dev/tcp except one `cat` for stdin; bash 3.2 safe.
#
# Port file <state>/hook-server.port (0600, one line, read with `read`):
#   v1 <port> <client token> <server token> <jar sha256> <pid> <start epoch> <java binary>
# Protocol: client `SG1 <client token>`; server `SG1 <server token>` (so stdin never goes to a process that took a
# dead server's port); client `cwd=<dir>`, `E<NAME>=<value>` lines, `args=edit`, a blank line, stdin, `\n\x04\n`;
# server `<exit code>\n` then the hook's stdout, and closes.

# Every variable the edit hook reads (config/EnvVar plus what git and the home lookup use). Kept in sync with
# EnvVar and the README by HookServerClientListTest. Nothing else of the environment is sent.
SG_SERVER_VARS='SECURITY_GUIDANCE_DISABLE ENABLE_SECURITY_REMINDER ENABLE_PATTERN_RULES ENABLE_CODE_SECURITY_REVIEW
ENABLE_STOP_REVIEW ENABLE_COMMIT_REVIEW SECURITY_GUIDANCE_COMMIT_REVIEW SG_PUSH_SWEEP MAX_STOP_HOOK_FIRINGS
MAX_DIFF_FILES MAX_COMMIT_REVIEWS_PER_HOUR MAX_COMMIT_REVIEWS_PER_SESSION COMMIT_REVIEW_RATE_WINDOW_S
SG_PUSH_SWEEP_MAX_FILES SG_PUSH_SWEEP_MAX_RANGE SG_PUSH_SWEEP_REPORT_CAP SG_AGENTIC_NO_RACE SG_AGENTIC_RACE_DELAY_S
PREVIOUS_FINDINGS_TTL_SEC CLAUDE_PROJECT_DIR SECURITY_WARNINGS_STATE_DIR CLAUDE_CONFIG_DIR SECURITY_GUIDANCE_DEBUG_LOG
CLAUDE_CODE_REMOTE_SESSION_ID SG_DISABLE_RULES SG_LOCAL_TELEMETRY
HOME USERPROFILE PATH TMPDIR XDG_CONFIG_HOME GIT_CONFIG_GLOBAL GIT_CONFIG_SYSTEM GIT_CONFIG_NOSYSTEM'
# Larger stdins go straight to a fresh JVM (the server refuses them too: it keeps its heap small).
SG_SERVER_MAX_CHARS=2000000
# Seconds to wait for the server's greeting and for its answer (bash 3.2 `read -t` takes whole seconds).
SG_SERVER_GREET_WAIT=2
SG_SERVER_ANSWER_WAIT=20

# Tries the warm server. On success prints its stdout and exits with its code; otherwise returns 1 with the hook's
# stdin kept in SG_SERVER_STDIN (SG_SERVER_STDIN_READ=1), for sg_server_fallback_stdin.
sg_server_try() {
  local v='' port='' ctok='' stok='' sha='' pid='' java='' jsha='' greet='' code='' answer='' name value head
  SG_SERVER_STDIN_READ=0
  if ! IFS=' ' read -r v port ctok stok sha pid _ java 2>/dev/null <"$SG_STATE/hook-server.port"; then
    sg_server_spawn
    return 1
  fi
  IFS= read -r jsha 2>/dev/null <"$SG_JAR_PATH.sha256"
  case $port$pid in '' | *[!0-9]*) return 1 ;; esac
  if [ "$v" != v1 ] || [ "$sha" != "${jsha:0:64}" ] || [ "$java" != "$SG_JAVA_BIN" ] || ! kill -0 "$pid" 2>/dev/null; then
    sg_server_spawn
    return 1
  fi
  head="cwd=$PWD"
  for name in $SG_SERVER_VARS; do
    value=${!name-}
    [ -n "$value" ] || continue
    # No escaping in bash that behaves the same from 3.2 to 5.x: such values simply take the fresh JVM.
    case $value in *\\* | *$'\n'*) return 1 ;; esac
    head=$head$'\n'E$name=$value
  done
  case $PWD in *\\* | *$'\n'*) return 1 ;; esac
  # `cat` missing or failing before reading anything leaves stdin to the fresh JVM.
  SG_SERVER_STDIN=$(cat) || return 1
  SG_SERVER_STDIN_READ=1
  [ "${#SG_SERVER_STDIN}" -le "$SG_SERVER_MAX_CHARS" ] || return 1
  # A server that dies mid-request must cost a fallback, not the hook: write errors return, they do not kill us.
  trap '' PIPE
  # Braces: the 2>/dev/null must not stay on the shell, only the fd 3 the exec opens.
  if ! { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
    trap - PIPE
    sg_server_spawn
    return 1
  fi
  if printf 'SG1 %s\n' "$ctok" >&3 2>/dev/null && IFS= read -r -t "$SG_SERVER_GREET_WAIT" greet <&3 &&
    [ "$greet" = "SG1 $stok" ] &&
    printf '%s\nargs=edit\n\n%s\n\004\n' "$head" "$SG_SERVER_STDIN" >&3 2>/dev/null &&
    IFS= read -r -t "$SG_SERVER_ANSWER_WAIT" code <&3; then
    case $code in '' | *[!0-9]*) ;; *)
      # The exit code line means the hook ran: from here on there is no fallback (it would run the edit twice).
      IFS= read -r -d '' -t "$SG_SERVER_ANSWER_WAIT" answer <&3
      exec 3<&-
      trap - PIPE
      printf '%s' "$answer"
      exit "$code"
      ;;
    esac
  fi
  exec 3<&-
  trap - PIPE
  return 1
}

# Starts `hook-server` detached, at most once per 60 s (<state>/.hook_server_spawned holds the epoch, written before
# spawning). The server itself makes sure only one runs per state directory.
sg_server_spawn() {
  local last=0 file=$SG_STATE/.hook_server_spawned
  if [ -f "$file" ]; then
    IFS= read -r last 2>/dev/null <"$file"
    case $last in '' | *[!0-9]*) last=0 ;; esac
  fi
  sg_now
  [ "$((SG_NOW - last))" -ge 60 ] || [ "$last" -gt "$SG_NOW" ] || return 0
  { printf '%s\n' "$SG_NOW" >"$file"; } 2>/dev/null || return 0
  sg_server_start
}

# The server JVM, detached from the hook's stdio and session: C1 and the serial GC as for hooks (full tiering was
# slower per request and 20 MB larger), a small heap that gives memory back (RSS ≈ 45 MB, ADR 0012), and an
# out-of-memory error ends the process instead of answering: the client then falls back to a fresh JVM.
sg_server_start() {
  local cmd
  cmd=("$SG_JAVA_BIN" -Xlog:disable -Xlog:all=warning:stderr -XX:+IgnoreUnrecognizedVMOptions
    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx64m -Xms8m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30
    -XX:ReservedCodeCacheSize=32m -Xss1m -Xshare:auto -XX:-UsePerfData -XX:+ExitOnOutOfMemoryError
    -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -jar "$SG_LAUNCH_JAR" hook-server)
  if command -v setsid >/dev/null 2>&1; then
    SG_JAVA_BIN=$SG_JAVA_BIN setsid "${cmd[@]}" </dev/null >/dev/null 2>&1 &
  else
    SG_JAVA_BIN=$SG_JAVA_BIN nohup "${cmd[@]}" </dev/null >/dev/null 2>&1 &
  fi
  return 0
}

# The fallback JVM reads the stdin this client already consumed.
sg_server_fallback_stdin() {
  if [ "$SG_SERVER_STDIN_READ" = 1 ]; then
    exec <<<"$SG_SERVER_STDIN"
  fi
}
