#!/usr/bin/env python3
"""Interleaved wall-clock and CPU (user+sys of the child tree) comparison of shell commands fed the same stdin.

Usage: cpu_compare.py ROUNDS STDIN_FILE LABEL=COMMAND [LABEL=COMMAND ...]
Each round runs every command once, in rotating order, with a fresh SECURITY_WARNINGS_STATE_DIR; two warm-up rounds
are not recorded. CPU time is far less sensitive than wall time to other load on a shared box, so it is the column
to compare between variants of the same program; wall p50 is what a user waits."""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def main():
    rounds, stdin_file = int(sys.argv[1]), sys.argv[2]
    variants = [a.split('=', 1) for a in sys.argv[3:]]
    results = {label: ([], []) for label, _ in variants}
    work = tempfile.mkdtemp()
    try:
        for i in range(rounds + 2):
            for k in range(len(variants)):
                label, command = variants[(k + i) % len(variants)]
                state = os.path.join(work, 'state')
                shutil.rmtree(state, ignore_errors=True)
                env = dict(os.environ, SECURITY_WARNINGS_STATE_DIR=state)
                with open(stdin_file, 'rb') as stdin:
                    start = time.perf_counter()
                    child = subprocess.Popen(command, shell=True, stdin=stdin, stdout=subprocess.DEVNULL,
                                             stderr=subprocess.DEVNULL, env=env)
                    _, status, usage = os.wait4(child.pid, 0)
                    wall = time.perf_counter() - start
                if status != 0:
                    sys.exit(f'{label} exited with status {status}')
                if i >= 2:
                    results[label][0].append(wall * 1000)
                    results[label][1].append((usage.ru_utime + usage.ru_stime) * 1000)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print('| variant | wall p50 ms | CPU p50 ms | CPU min ms |')
    print('|---|---:|---:|---:|')
    for label, (wall, cpu) in results.items():
        print(f'| {label} | {statistics.median(wall):.1f} | {statistics.median(cpu):.1f} | {min(cpu):.1f} |')


if __name__ == '__main__':
    main()
