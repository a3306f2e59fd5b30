#!/usr/bin/env python3
"""How often could a pre-JVM exit fire? For real source files and edit-sized windows of them, the share of texts in
which no catalog rule that applies to the file type has a keyword (the catalog's own prefilter), ignoring rules
without keywords (today: hardcoded_secret, which must see every text, so the real share is 0 %). See ADR 0008.

Usage: bench/hook/keyword_reach.py LABEL=DIR [LABEL=DIR ...]   (e.g. python=/usr/lib/python3.11 java=/tmp/jdk-src)
Deterministic (seeded); at most 1500 files per corpus, files over 200 KB skipped, 3 random windows per size."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, '../../sg-core/src/main/resources/org/securityguidance/rules/builtin-rules.json')
EXTENSIONS = {'python': ('.py',), 'java': ('.java',), 'js': ('.js', '.ts')}


def main():
    catalog = json.load(open(CATALOG))
    file_types, rules = catalog['fileTypes'], catalog['rules']
    keywordless = [r['name'] for r in rules if not r.get('keywords')]

    def applies(rule, path):
        gate = rule.get('files') or {}
        ext = os.path.splitext(path)[1].lower()
        types = {t for t, exts in file_types.items() if ext in exts}
        if 'include' in gate and not types & set(gate['include']):
            return False
        if 'exclude' in gate and types & set(gate['exclude']):
            return False
        return 'pathContains' not in gate or gate['pathContains'] in path

    def keyword_free(path, text):
        low = text.lower()
        return not any(applies(r, path) and any(k in low for k in r.get('keywords') or []) for r in rules)

    random.seed(7)
    print(f"rules without keywords (must always run): {', '.join(keywordless) or 'none'}")
    print("| corpus | whole file (Write) | 1-line Edit | 5-line Edit | 20-line Edit |")
    print("|---|---:|---:|---:|---:|")
    for arg in sys.argv[1:]:
        label, root = arg.split('=', 1)
        exts = EXTENSIONS.get(label, ('.py', '.java', '.js'))
        files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(exts))[:1500]
        counts = {k: [0, 0] for k in ('file', 1, 5, 20)}
        for path in files:
            text = open(path, encoding='utf-8', errors='replace').read()
            if not text.strip() or len(text) > 200_000:
                continue
            tally(counts['file'], keyword_free(path, text))
            lines = text.splitlines()
            for size in (1, 5, 20):
                for _ in range(3):
                    if len(lines) > size:
                        start = random.randrange(0, len(lines) - size)
                        window = '\n'.join(lines[start:start + size])
                        if window.strip():
                            tally(counts[size], keyword_free(path, window))
        cells = [f"{100 * free / max(n, 1):.0f} % of {n}" for n, free in counts.values()]
        print(f"| {label} ({len(files)} files) | " + ' | '.join(cells) + ' |')


def tally(cell, free):
    cell[0] += 1
    cell[1] += 1 if free else 0


if __name__ == '__main__':
    main()
