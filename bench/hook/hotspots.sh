#!/usr/bin/env bash
# What the hot-spot fixes of ADR 0008 would buy, measured on prototypes: the committed tree (git archive HEAD) is
# copied to a temp dir and the prototype changes in bench/hook/hotspots/ are applied cumulatively, one jar per stage,
# each with its own start-up archive for the runtime (CDS on 17-23, AOT cache on 25+). Then every stage runs `hook edit`
# on the 20 KB clean Write, interleaved with hello world, same flags (cpu_compare.py). The prototypes are measurement
# aids, not production code; their owners decide how to land the real change.
#   1 compile with -XDstringConcat=inline (no StringConcatFactory bootstrap, no runtime-spun hidden classes)
#   2 debug-log timestamps without java.time (TimeZone offset + arithmetic)
#   3 runtime catalog without `examples` (tests would read them from elsewhere)
#   4 version as a constant instead of a jar resource read
#   5 = 4 with SG_DISABLE_RULES=sql_injection (upper bound of reworking that rule's scan)
# Needs: offline Maven cache, python3. Usage: bench/hook/hotspots.sh [rounds]   (default 21; SG_JAVA selects the JVM)
set -u
rounds=${1:-21}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
java_bin=$(readlink -f "${SG_JAVA:-$(command -v java)}")
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "${java_bin%/bin/java}/release")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src" "$work/jars" "$work/hello" "$work/home"
git -C "$repo" archive HEAD | tar -x -C "$work/src" || exit 1
flags="-Xlog:disable -Xlog:all=warning:stderr -XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
flags="$flags -Xmx256m -Xss1m -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8"
use_archive() { # stage -> the sharing flags for its archive
  if [ "$feature" -ge 25 ]; then echo "-XX:AOTCache=$work/jars/$1.aot"; else echo "-Xshare:auto -XX:SharedArchiveFile=$work/jars/$1.jsa"; fi
}
stage() {
  (cd "$work/src" && ./mvnw -q -o package -DskipTests -pl sg-core,sg-app -am) || exit 1
  cp "$work/src/target/plugin/lib/security-guidance.jar" "$work/jars/$1.jar"
  # shellcheck disable=SC2086 # flags is a word list
  if [ "$feature" -ge 25 ]; then
    "$java_bin" $flags -XX:AOTCacheOutput="$work/jars/$1.aot" -jar "$work/jars/$1.jar" train >/dev/null 2>&1
  else
    "$java_bin" $flags -Xshare:auto -XX:ArchiveClassesAtExit="$work/jars/$1.jsa" -jar "$work/jars/$1.jar" train 2>/dev/null
  fi
}
stage s0
(cd "$work/src" && git apply "$here/hotspots/01-string-concat-inline.patch") || exit 1
stage s1
(cd "$work/src" && git apply "$here/hotspots/02-debug-log-without-java-time.patch") || exit 1
stage s2
python3 - "$work/src/sg-core/src/main/resources/org/securityguidance/rules/builtin-rules.json" <<'PY' || exit 1
import json, sys
catalog = json.load(open(sys.argv[1]))
for rule in catalog['rules']:
    rule.pop('examples', None)
json.dump(catalog, open(sys.argv[1], 'w'), separators=(',', ':'))
PY
stage s3
(cd "$work/src" && git apply "$here/hotspots/04-version-constant.patch") || exit 1
stage s4
printf '%s\n' 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }' >"$work/hello/Hello.java"
javac --release 17 -d "$work/hello" "$work/hello/Hello.java" || exit 1
java "$here/MakeEvent.java" "$work/event.json" clean 20480 "$work/project" || exit 1
sed -i 's/@SESSION@/hotspots/' "$work/event.json"
mkdir -p "$work/project" && cd "$work/project" || exit 1
export HOME=$work/home
run="exec $java_bin $flags"
echo "runtime: $("$java_bin" -version 2>&1 | head -n 1); $rounds rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$here/cpu_compare.py" "$rounds" "$work/event.json" \
  "hello world=$run -Xshare:auto -cp $work/hello Hello" \
  "s0 current, no archive=$run -Xshare:auto -jar $work/jars/s0.jar hook edit" \
  "s0 current=$run $(use_archive s0) -jar $work/jars/s0.jar hook edit" \
  "s1 +concat inline=$run $(use_archive s1) -jar $work/jars/s1.jar hook edit" \
  "s2 +log without java.time=$run $(use_archive s2) -jar $work/jars/s2.jar hook edit" \
  "s3 +catalog without examples=$run $(use_archive s3) -jar $work/jars/s3.jar hook edit" \
  "s4 +version constant=$run $(use_archive s4) -jar $work/jars/s4.jar hook edit" \
  "s5 (s4 without sql_injection)=SG_DISABLE_RULES=sql_injection $run $(use_archive s4) -jar $work/jars/s4.jar hook edit"
