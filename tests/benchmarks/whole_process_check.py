#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole-process race: `ftstudio check FILE --format json` against the cookbook's json.loads-per-line loop.

    python3 tests/benchmarks/whole_process_check.py build/app/cli/ftstudio /tmp/fts-bench-100000.jsonl --runs 15

Both are timed as whole processes (start, read, parse, exit), from a warm page cache, alternately, so that a
neighbour's load on a shared machine falls on both alike. Prints min / 25th percentile / median wall time and CPU
time (user + system, all threads) of each, and the ratios of the medians and of the minimums.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

PYTHON_LOOP = """
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            json.loads(line)
"""


def timed(command):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # check exits 1 when the file has errors
        sys.exit(f"{command[0]} failed with status {status}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def summary(name, walls, cpus):
    walls, cpus = sorted(walls), sorted(cpus)
    quarter = walls[len(walls) // 4]
    print(f"{name:28s} wall min {walls[0]:6.0f}  p25 {quarter:6.0f}  median {statistics.median(walls):6.0f} ms"
          f" | CPU min {cpus[0]:6.0f}  median {statistics.median(cpus):6.0f} ms")
    return walls[0], statistics.median(walls)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ftstudio")
    parser.add_argument("file")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--rules", default="openai")
    args = parser.parse_args()
    with open(args.file, "rb") as warm:
        while warm.read(16 << 20):
            pass
    ours = [args.ftstudio, "check", args.file, "--format", "json", "--rules", args.rules]
    python = [sys.executable, "-c", PYTHON_LOOP, args.file]
    results = {"ftstudio check": ([], []), "python json.loads loop": ([], [])}
    for _ in range(args.runs):
        for name, command in (("ftstudio check", ours), ("python json.loads loop", python)):
            wall, cpu = timed(command)
            results[name][0].append(wall)
            results[name][1].append(cpu)
    size = os.path.getsize(args.file) / 1e6
    print(f"{args.file}: {size:.1f} MB, {args.runs} alternating runs, {os.cpu_count()} cores, rules {args.rules}")
    our_min, our_median = summary("ftstudio check", *results["ftstudio check"])
    py_min, py_median = summary("python json.loads loop", *results["python json.loads loop"])
    print(f"ratio: {py_median / our_median:.1f}x (medians), {py_min / our_min:.1f}x (minimums);"
          f" ftstudio {size / our_median * 1000:.0f} MB/s wall (median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
