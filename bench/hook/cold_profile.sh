#!/usr/bin/env bash
# Cold per-step profile of the hook's scan (ColdScanProfile): N fresh JVMs with the hook's flags, median per step.
# Usage: bench/hook/cold_profile.sh JAR [runs] [event.json]   (SG_JAVA selects the JVM; default event: golden clean)
set -u
jar=$1
runs=${2:-15}
here=$(cd "$(dirname "$0")" && pwd)
event=${3:-$here/../../sg-it/src/test/resources/org/securityguidance/it/perf/write-20k-clean.stdin.json}
java_bin=${SG_JAVA:-java}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$(dirname "$(readlink -f "$(command -v "$java_bin")")")/javac" --release 17 -cp "$jar" -d "$work" \
  "$here/ColdScanProfile.java" || exit 1
for ((i = 0; i < runs; i++)); do
  "$java_bin" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -Xss1m -Xshare:auto -cp "$jar:$work" \
    ColdScanProfile "$event" >>"$work/steps.tsv" || exit 1
done
python3 - "$work/steps.tsv" <<'PY'
import collections, statistics, sys
steps = collections.OrderedDict()
for line in open(sys.argv[1]):
    name, nanos = line.rstrip('\n').split('\t')
    steps.setdefault(name, []).append(int(nanos) / 1e6)
total = 0.0
for name, ms in steps.items():
    med = statistics.median(ms)
    total += med
    if med >= 0.05:
        print(f'{med:7.2f} ms  {name}')
print(f'{total:7.2f} ms  total of medians')
PY
