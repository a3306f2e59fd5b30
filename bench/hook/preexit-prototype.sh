#!/usr/bin/env bash
# MEASUREMENT PROTOTYPE, NOT SHIPPED: the cheapest conceivable pre-JVM exit for an edit that no rule can match.
# It is deliberately incomplete (no secret-detector gate, no user-rule check, no JSON unescaping, no state lock, no
# kill switches); it exists only so bench/hook/preexit.sh can measure the upper bound of what such an exit saves.
# See docs/adr/0008-hook-startup-budget.md for why the plugin does not ship one.
set -u
IFS= read -r -d '' event || true
lower=$(printf '%s' "$event" | tr '[:upper:]' '[:lower:]')
for keyword in select insert update delete where exec function eval document innerhtml pickle system popen shell yaml; do
  case $lower in *"$keyword"*) exec bash "${CLAUDE_PLUGIN_ROOT}/hooks/sg-java.sh" hook edit <<<"$event" ;; esac
done
re='"file_path"[[:space:]]*:[[:space:]]*"([^"\\]*)"'
if [[ $event =~ $re ]]; then
  mkdir -p "$SECURITY_WARNINGS_STATE_DIR" && printf '%s\n' "${BASH_REMATCH[1]}" >>"$SECURITY_WARNINGS_STATE_DIR/touched.journal"
fi
exit 0
