#!/usr/bin/env bash
# Builds sg-core, compiles the rule benchmark against it and prints the per-rule table (see RESULTS.md).
# Usage: bench/rules/run.sh [size-in-MB [rule-name-part]]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -q -o -pl sg-core -am package -DskipTests
out="$root/bench/rules/target"
rm -rf "$out" && mkdir -p "$out"
javac --release 17 -Xlint:all -Werror -cp sg-core/target/classes -d "$out" bench/rules/src/RulesBench.java
java -cp "sg-core/target/classes:$out" RulesBench "${1:-1}" "${2:-}"
