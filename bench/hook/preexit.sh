#!/usr/bin/env bash
# What a bash-only exit before the JVM could save on a small keyword-free Edit (the common case for Edit events), run
# interleaved: the JVM floor (hello world, launcher flags), the real hook through hooks.json's command, and the
# measurement prototype preexit-prototype.sh (NOT shipped; see ADR 0008). Fresh state dir (with a warm runtime cache)
# and fresh session id per run.
# Usage: bench/hook/preexit.sh [rounds] (default 30); SG_JAVA selects the runtime.
set -u
rounds=${1:-30}
here=$(cd "$(dirname "$0")" && pwd)
plugin=$(cd "$here/../.." && pwd)/target/plugin
[ -f "$plugin/lib/security-guidance.jar" ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home CLAUDE_PLUGIN_ROOT=$plugin SG_JAVA=${SG_JAVA:-$(command -v java)}
mkdir -p "$HOME" "$work/project" "$work/hello"
printf '%s\n' 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }' \
  >"$work/hello/Hello.java"
javac --release 17 -d "$work/hello" "$work/hello/Hello.java" || exit 1
SECURITY_WARNINGS_STATE_DIR=$work/seed bash "$plugin/hooks/sg-java.sh" --version >/dev/null || exit 1
rm -f "$work/seed/log.txt"
java_bin=$(sed -n 's/^java=//p' "$work/seed/jvm-runtime.cache")
flags=(-Xlog:disable -Xlog:all=warning:stderr -XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1
  -XX:+UseSerialGC -Xmx256m -Xss1m -Xshare:auto -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8)
event() { # a two-line Edit with none of the catalog's keywords
  printf '{"session_id":"%s","cwd":"%s","hook_event_name":"PostToolUse","tool_name":"Edit","tool_input":{"file_path":"%s/src/stock.py","old_string":"    return result\\n","new_string":"    LOG.info(\\"kept %%d rows\\", len(result))\\n    return result\\n","replace_all":false},"tool_use_id":"toolu_01"}\n' "$1" "$work/project" "$work/project"
}
variants=(hello hook prototype)
for ((i = -2; i < rounds; i++)); do
  for v in "${variants[@]}"; do
    state=$work/state-$i-$v
    cp -a "$work/seed" "$state"
    event "preexit-$$-$i-$v" >"$work/event.json"
    cd "$work/project" || exit 1
    t0=${EPOCHREALTIME/[.,]/}
    case $v in
      hello) "$java_bin" "${flags[@]}" -cp "$work/hello" Hello >/dev/null ;;
      hook) SECURITY_WARNINGS_STATE_DIR=$state /bin/sh -c 'bash "${CLAUDE_PLUGIN_ROOT}/hooks/sg-java.sh" hook edit' <"$work/event.json" >"$work/out" ;;
      prototype) SECURITY_WARNINGS_STATE_DIR=$state /bin/sh -c 'bash "$0"' "$here/preexit-prototype.sh" <"$work/event.json" >"$work/out" ;;
    esac
    t1=${EPOCHREALTIME/[.,]/}
    [ ! -s "$work/out" ] || { echo "unexpected output from $v" >&2; exit 1; }
    rm -rf "$state"
    [ "$i" -lt 0 ] || echo $((t1 - t0)) >>"$work/$v.us"
  done
done
echo "runtime: $("$java_bin" -version 2>&1 | head -n 1); $rounds rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| variant | p50 ms | p90 ms | min ms |"
echo "|---|---:|---:|---:|"
for v in "${variants[@]}"; do
  sort -n "$work/$v.us" | awk -v v="$v" '{a[NR]=$1} END {printf "| %s | %.1f | %.1f | %.1f |\n", v, a[int((NR+1)/2)]/1000, a[int(NR*0.9+0.5)]/1000, a[1]/1000}'
done
