#!/usr/bin/env bash
# Per-fix comparison of already-built jars (one per commit of a series): `hook edit` on the 20 KB clean Write,
# interleaved with hello world, same hook flags, no start-up archive (default CDS only), via cpu_compare.py.
# Usage: bench/hook/stages.sh ROUNDS LABEL=JAR [LABEL=JAR ...]   (SG_JAVA selects the JVM)
set -u
rounds=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
java_bin=$(readlink -f "${SG_JAVA:-$(command -v java)}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/hello" "$work/home" "$work/project"
flags="-Xlog:disable -Xlog:all=warning:stderr -XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
flags="$flags -Xmx256m -Xss1m -Xshare:auto -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8"
printf '%s\n' 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }' >"$work/hello/Hello.java"
"$(dirname "$java_bin")/javac" --release 17 -d "$work/hello" "$work/hello/Hello.java" || exit 1
java "$here/MakeEvent.java" "$work/event.json" clean 20480 "$work/project" || exit 1
sed -i 's/@SESSION@/stages/' "$work/event.json"
cd "$work/project" || exit 1
export HOME=$work/home
variants=("hello world=exec $java_bin $flags -cp $work/hello Hello")
for spec in "$@"; do
  variants+=("${spec%%=*}=exec $java_bin $flags -jar ${spec#*=} hook edit")
done
echo "runtime: $("$java_bin" -version 2>&1 | head -n 1); $rounds rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$here/cpu_compare.py" "$rounds" "$work/event.json" "${variants[@]}"
