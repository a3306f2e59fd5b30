#!/usr/bin/env bash
# Scan throughput benchmark: `security-guidance scan` against ripgrep running the same rule regexes over the same
# large source tree, side by side, in one run. Writes bench/scan/RESULTS.md.
#
#   bench/scan/run.sh [--runs N] [--jobs N] [--corpus DIR]
#
# Needs: a JDK 17+, unzip, python3; installs ripgrep with apt-get when missing and run as root.
# The default corpus is the JDK's own lib/src.zip, unpacked once into $SG_BENCH_DIR (default /tmp/sg-bench).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
runs=3
jobs=2
corpus=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--jobs N] [--corpus DIR]" >&2; exit 2 ;;
  esac
done
work=${SG_BENCH_DIR:-/tmp/sg-bench}
mkdir -p "$work"

if ! command -v rg >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ripgrep >/dev/null
  else
    echo "ripgrep (rg) is not installed; run as root or install it" >&2
    exit 2
  fi
fi
for tool in python3 unzip java; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is required" >&2; exit 2; }
done

# 1. The jar under test.
./mvnw -q -o -pl sg-core,sg-app -am package -DskipTests
jar=$repo/sg-app/target/security-guidance.jar

# 2. The corpus: a large real source tree that is available offline.
if [ -z "$corpus" ]; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-17-openjdk-amd64 "${JAVA_HOME:-/nonexistent}"; do
    if [ -f "$jdk/lib/src.zip" ]; then
      corpus=$work/$(basename "$jdk")-src
      if [ ! -d "$corpus" ]; then
        mkdir -p "$corpus.tmp" && unzip -q "$jdk/lib/src.zip" -d "$corpus.tmp" && mv "$corpus.tmp" "$corpus"
      fi
      break
    fi
  done
fi
[ -n "$corpus" ] && [ -d "$corpus" ] || { echo "no corpus: pass --corpus DIR" >&2; exit 2; }

# 3. The same regexes for ripgrep: Rust-regex syntax where it compiles, PCRE2 (-P) for look-arounds and the rest.
unzip -p "$jar" org/securityguidance/rules/builtin-rules.json > "$work/builtin-rules.json"
python3 bench/scan/export_patterns.py "$work/builtin-rules.json" "$work/patterns"

# 4. Side by side, interleaved, and the report. Both tools get the same threads and the same 1 MiB size cap, skip
#    binaries, search hidden files and ignore no files (the corpus is not a git repository), and write their matches
#    to a file (not /dev/null, which some greps short-circuit).
python3 bench/scan/bench.py --jar "$jar" --corpus "$corpus" --patterns "$work/patterns" --work "$work" \
  --jobs "$jobs" --runs "$runs" --out bench/scan/RESULTS.md
