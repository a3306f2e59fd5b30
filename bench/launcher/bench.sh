#!/usr/bin/env bash
# Launcher overhead: `bash hooks/sg-java.sh --version` (resolution-cache hit) against running the same JVM with the
# same flags directly; and the launcher alone in front of a do-nothing "java" (a copy of /bin/true in a fake JDK home)
# against that do-nothing binary run directly. Variants are interleaved run by run, so load drift on a shared
# machine hits all of them alike; we report min / median / p90 per variant and the median ratios.
# Needs: bash >= 5 (EPOCHREALTIME), a built target/plugin (./mvnw -q package -DskipTests).
# Usage: bench/launcher/bench.sh [rounds]   (default 60)
set -u
rounds=${1:-60}
repo=$(cd "$(dirname "$0")/../.." && pwd)
plugin=$repo/target/plugin
jar=$plugin/lib/security-guidance.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 1; }
[ -n "${EPOCHREALTIME-}" ] || { echo "needs bash >= 5 for EPOCHREALTIME" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SECURITY_WARNINGS_STATE_DIR=$work/state
launcher=$plugin/hooks/sg-java.sh

java_bin=${SG_JAVA:-$(command -v java)}
java_real=$(readlink -f "$java_bin")
flags=(-Xlog:disable -Xlog:all=warning:stderr -XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1
  -XX:+UseSerialGC -Xmx256m -Xss1m -Xshare:auto -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8
  -Dsun.stdout.encoding=UTF-8)

mkdir -p "$work/fakejdk/bin"
cp "$(type -P true)" "$work/fakejdk/bin/java"
printf 'JAVA_VERSION="21.0.1"\n' >"$work/fakejdk/release"
fake=$work/fakejdk/bin/java

run_direct() { "$java_real" "${flags[@]}" -jar "$jar" --version; }
run_launcher() { bash "$launcher" --version; }
run_fake_direct() { "$fake"; }
run_fake_launcher() { SG_JAVA=$fake SECURITY_WARNINGS_STATE_DIR=$work/state-fake bash "$launcher" --version; }
run_miss() { rm -f "$work/state-miss/jvm-runtime.cache"; SECURITY_WARNINGS_STATE_DIR=$work/state-miss bash "$launcher" --version; }
variants=(direct launcher fake_direct fake_launcher miss)

for v in "${variants[@]}"; do "run_$v" >/dev/null 2>&1; done # warm caches (page cache, resolution cache)
for v in "${variants[@]}"; do : >"$work/$v.us"; done
for ((i = 0; i < rounds; i++)); do
  for v in "${variants[@]}"; do
    t0=${EPOCHREALTIME/[.,]/}
    "run_$v" >/dev/null 2>&1
    t1=${EPOCHREALTIME/[.,]/}
    echo $((t1 - t0)) >>"$work/$v.us"
  done
done

stat() { # prints "min median p90" in microseconds
  sort -n "$1" | awk '{a[NR]=$1} END {printf "%d %d %d", a[1], a[int((NR+1)/2)], a[int(NR*0.9)]}'
}
echo "java: $java_real ($("$java_real" -version 2>&1 | head -n 1)); bash $BASH_VERSION; $rounds interleaved rounds"
echo "| variant | min ms | median ms | p90 ms |"
echo "|---|---:|---:|---:|"
for v in "${variants[@]}"; do
  read -r mn md p9 <<<"$(stat "$work/$v.us")"
  eval "med_$v=$md"
  awk -v v="$v" -v a="$mn" -v b="$md" -v c="$p9" 'BEGIN {printf "| %s | %.1f | %.1f | %.1f |\n", v, a/1000, b/1000, c/1000}'
done
# shellcheck disable=SC2154 # med_* are set by the eval above
awk -v l="$med_launcher" -v d="$med_direct" -v fl="$med_fake_launcher" -v fd="$med_fake_direct" 'BEGIN {
  printf "median ratio launcher/direct (real JVM): %.3f (+%.1f ms)\n", l/d, (l-d)/1000
  printf "launcher alone (no-op java): +%.1f ms over exec of the no-op binary\n", (fl-fd)/1000 }'
