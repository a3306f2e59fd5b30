#!/usr/bin/env python3
"""Exports the catalog's `find` regexes for ripgrep.

usage: export_patterns.py builtin-rules.json OUTDIR

Expands {{DEF}} macros, then sorts each regex into the engine ripgrep can run it with:
  rust.txt  - compiles with ripgrep's default (Rust) engine once possessive quantifiers ({0,20}+, *+, ++) are made
              greedy (the Rust engine has no possessives; the match set is the same or larger)
  pcre.txt  - needs PCRE2 (`rg -P`): look-arounds, or anything else the Rust engine rejects
and writes summary.json with the counts, the rules ripgrep cannot express (code detectors), and per-pattern notes.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

MACRO = re.compile(r"\{\{([A-Z_]+)\}\}")
POSSESSIVE = re.compile(r"(?<!\\)(\{\d+(?:,\d*)?\}|[*+?])\+")


def expand(text, defs, depth=0):
    if depth > 20:
        raise ValueError("macro recursion")
    return MACRO.sub(lambda m: expand(defs[m.group(1)], defs, depth + 1), text)


def compiles(pattern, pcre):
    argv = ["rg", "--no-config", "-q"] + (["-P"] if pcre else []) + ["-e", pattern, "--", "/dev/null"]
    return subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode in (0, 1)


def main():
    catalog = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    out = Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    defs = catalog.get("defs", {})
    rust, pcre, notes, no_regex = [], [], [], []
    for rule in catalog["rules"]:
        patterns = rule.get("patterns", [])
        if not patterns:
            no_regex.append(rule["name"])
        for p in patterns:
            find = expand(p if isinstance(p, str) else p["find"], defs)
            greedy = POSSESSIVE.sub(lambda m: m.group(1), find)
            # The Rust engine reads "{0,20}+" as a repetition of a repetition, so possessives always become greedy.
            if compiles(greedy, pcre=False):
                rust.append(greedy)
                note = "possessive quantifiers made greedy" if greedy != find else None
                notes.append({"rule": rule["name"], "engine": "rust", "note": note})
            elif compiles(find, pcre=True):
                pcre.append(find)
                why = "look-around" if re.search(r"\(\?<?[=!]", find) else "not supported by the Rust engine"
                notes.append({"rule": rule["name"], "engine": "pcre2", "note": why})
            else:
                notes.append({"rule": rule["name"], "engine": "none", "note": "compiles in neither engine"})
    (out / "rust.txt").write_text("".join(p + "\n" for p in rust), encoding="utf-8")
    (out / "pcre.txt").write_text("".join(p + "\n" for p in pcre), encoding="utf-8")
    summary = {"rules": len(catalog["rules"]), "rust": len(rust), "pcre2": len(pcre),
               "unsupported": sum(1 for n in notes if n["engine"] == "none"),
               "rules_without_regex": no_regex, "patterns": notes}
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
