#!/usr/bin/env bash
# Pattern-hook latency against the JVM floor. Each round runs, in rotating order:
#   hello        java <the launcher's own flags> -jar hello.jar          (the floor: same runtime, same flags)
#   clean        sh -c 'bash "$CLAUDE_PLUGIN_ROOT/hooks/sg-java.sh" hook edit' < 20 KB Write, no finding
#   clean+cache  the same with a start-up archive registered in <state>/jvm-cache/
#   match        the same Write with one unsafe call (a reminder is shown), without the archive
#   match+cache  the same with the archive
# The hook command string is read from hooks.json and run through /bin/sh as Claude Code does. Every hook run gets a
# fresh state dir (a copy of a seed holding only jvm-runtime.cache and, for +cache, jvm-cache/) and a fresh session
# id, so neither dedupe nor an earlier run's state can short-cut it. Every run's stdout is checked. Reported: wall time
# (what a user waits) and the children's CPU time (user+sys, steadier when the machine is shared).
# Needs: bash >= 5 (EPOCHREALTIME), a built target/plugin (./mvnw -q package -DskipTests).
# Usage: bench/hook/run.sh [rounds] [java ...]   (defaults: 40 rounds; $SG_JAVA or `java` on PATH)
set -u
rounds=${1:-40}
shift || true
javas=("$@")
[ "${#javas[@]}" -gt 0 ] || javas=("${SG_JAVA:-$(command -v java)}")
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
plugin=$repo/target/plugin
[ -f "$plugin/lib/security-guidance.jar" ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 1; }
[ -n "${EPOCHREALTIME-}" ] || { echo "needs bash >= 5 for EPOCHREALTIME" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home CLAUDE_PLUGIN_ROOT=$plugin
unset CLAUDE_PROJECT_DIR CLAUDE_CONFIG_DIR SECURITY_GUIDANCE_DISABLE ENABLE_PATTERN_RULES CLAUDE_CODE_REMOTE_SESSION_ID
mkdir -p "$HOME" "$work/project/src/inventory" "$work/hello" "$work/events"
hook_cmd=$(sed -n 's/^ *"command": "\(.*hook edit\)",\{0,1\}$/\1/p' "$plugin/hooks/hooks.json")
hook_cmd=${hook_cmd//\\\"/\"}
[ -n "$hook_cmd" ] || { echo "no 'hook edit' command in hooks.json" >&2; exit 1; }

# The floor: a class that prints one line, compiled for the same --release as the jar.
printf '%s\n' 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }' \
  >"$work/hello/Hello.java"
javac_bin=$(dirname "$(readlink -f "${javas[0]}")")/javac
[ -x "$javac_bin" ] || javac_bin=javac
"$javac_bin" --release 17 -d "$work/hello" "$work/hello/Hello.java" &&
  (cd "$work/hello" && printf 'Main-Class: Hello\n' >m.txt && jar cfm hello.jar m.txt Hello.class) || exit 1
for kind in clean match; do
  java "$here/MakeEvent.java" "$work/events/$kind.json" "$kind" 20480 "$work/project" || exit 1
done

# The exact flags the launcher passes to a HOOK (not the command-line flags, which differ since the launcher split
# them: full JIT and the default GC): run it in hook mode in front of a fake java that prints its argv.
mkdir -p "$work/fakejdk/bin"
printf '#!/usr/bin/env bash\nprintf "%%s\\n" "$@"\n' >"$work/fakejdk/bin/java"
chmod +x "$work/fakejdk/bin/java"
printf 'JAVA_VERSION="21.0.1"\n' >"$work/fakejdk/release"
flags=()
while IFS= read -r arg; do
  [ "$arg" = -jar ] && break
  flags+=("$arg")
done < <(SG_JAVA=$work/fakejdk/bin/java SECURITY_WARNINGS_STATE_DIR=$work/fake-state bash "$plugin/hooks/sg-java.sh" hook edit </dev/null)

# Children's CPU time (user+sys) so far, in ms, from the `times` builtin (no fork). On a shared box CPU time moves far
# less with other load than wall time does, so both are reported.
children_cpu_ms() {
  local user sys
  times >"$work/times"
  { read -r _ && read -r user sys; } <"$work/times"
  CPU_MS=$(($(to_ms "$user") + $(to_ms "$sys")))
}
to_ms() { # 1m2.345s -> 62345
  local m=${1%%m*} s=${1#*m}
  s=${s%s}
  echo $((10#$m * 60000 + 10#${s%%[.,]*} * 1000 + 10#${s#*[.,]}))
}

stat() { # "p50 p90 min" in microseconds
  sort -n "$1" | awk '{a[NR]=$1} END {printf "%d %d %d", a[int((NR+1)/2)], a[int(NR*0.9+0.5)], a[1]}'
}

check_output() { # variant, stdout file: clean edits print nothing, a match prints one metrics line with a reminder
  case $1 in
    clean*) [ ! -s "$2" ] ;;
    match*) grep -q '"pattern_hits":1' "$2" && grep -q additionalContext "$2" ;;
    hello) [ "$(cat "$2")" = hello ] ;;
  esac
}

bench_one() { # java binary
  local java_bin=$1 v i k t0 t1 c0 seed seedc n sid state floor cfloor p50 p90 mn c50
  local variants=(hello clean clean+cache match match+cache)
  export SG_JAVA=$java_bin
  seed=$work/seed-plain seedc=$work/seed-cache
  rm -rf "$seed" "$seedc" "$work"/*.us
  SECURITY_WARNINGS_STATE_DIR=$seed bash "$plugin/hooks/sg-java.sh" --version >/dev/null || return 1
  rm -f "$seed/log.txt"
  cp -a "$seed" "$seedc"
  if ! SECURITY_WARNINGS_STATE_DIR=$seedc bash "$plugin/bin/security-guidance" jvm-cache >"$work/cache.out" 2>&1; then
    echo "jvm-cache failed:" >&2; cat "$work/cache.out" >&2; return 1
  fi
  rm -f "$seedc/log.txt"
  echo "runtime: $("$java_bin" -version 2>&1 | head -n 1) ($java_bin)"
  echo "archive: $(tail -n 1 "$work/cache.out")"
  n=${#variants[@]}
  for ((i = -2; i < rounds; i++)); do # two warm-up rounds are not recorded
    for ((k = 0; k < n; k++)); do
      v=${variants[$(((k + i + 2) % n))]}
      sid=bench-$$-$i-$k
      state=$work/state-$i-$k
      case $v in *cache) cp -a "$seedc" "$state" ;; *) cp -a "$seed" "$state" ;; esac
      [ "$v" = hello ] || sed "s/@SESSION@/$sid/" "$work/events/${v%+cache}.json" >"$work/event.json"
      cd "$work/project" || return 1
      children_cpu_ms
      c0=$CPU_MS
      if [ "$v" = hello ]; then
        t0=${EPOCHREALTIME/[.,]/}
        "$java_bin" "${flags[@]}" -jar "$work/hello/hello.jar" >"$work/out" 2>"$work/err"
        t1=${EPOCHREALTIME/[.,]/}
      else
        t0=${EPOCHREALTIME/[.,]/}
        SECURITY_WARNINGS_STATE_DIR=$state /bin/sh -c "$hook_cmd" <"$work/event.json" >"$work/out" 2>"$work/err"
        t1=${EPOCHREALTIME/[.,]/}
      fi
      children_cpu_ms
      if ! check_output "$v" "$work/out" || { [ "$v" != hello ] && [ -s "$work/err" ]; }; then
        echo "unexpected output from $v (round $i):" >&2
        head -c 600 "$work/out" "$work/err" >&2
        return 1
      fi
      rm -rf "$state"
      [ "$i" -lt 0 ] || { echo $((t1 - t0)) >>"$work/$v.us" && echo $(((CPU_MS - c0) * 1000)) >>"$work/$v.cpu"; }
    done
  done
  read -r floor _ <<<"$(stat "$work/hello.us")"
  read -r cfloor _ <<<"$(stat "$work/hello.cpu")"
  echo "| variant | wall p50 ms | wall p90 ms | wall min ms | wall p50 / hello | CPU p50 ms | CPU p50 / hello |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for v in "${variants[@]}"; do
    read -r p50 p90 mn <<<"$(stat "$work/$v.us")"
    read -r c50 _ <<<"$(stat "$work/$v.cpu")"
    awk -v v="$v" -v a="$p50" -v b="$p90" -v c="$mn" -v f="$floor" -v d="$c50" -v g="$cfloor" \
      'BEGIN {printf "| %s | %.1f | %.1f | %.1f | %.2f | %.0f | %.2f |\n", v, a/1000, b/1000, c/1000, a/f, d/1000, d/g}'
  done
}

echo "bench/hook/run.sh: $rounds interleaved rounds per runtime; bash $BASH_VERSION; $(nproc) cpus;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo "hook command (from hooks.json): sh -c '$hook_cmd'"
echo "flags: ${flags[*]}"
for j in "${javas[@]}"; do
  echo
  bench_one "$j" || exit 1
done
