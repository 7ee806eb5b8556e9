#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The baseline for BenchIndexValidate: the cookbook's way of loading a dataset, json.loads per line.

    python3 tests/benchmarks/json_loads_per_line.py /tmp/fts-bench-100000.jsonl

Prints the in-loop throughput; run it under `time` for the whole-process figure (docs/PERFORMANCE.md).
"""
import json
import os
import sys
import time


def main() -> int:
    path = sys.argv[1]
    size = os.path.getsize(path)
    with open(path, "rb") as warm:  # same warm page cache as the C++ benchmark
        while warm.read(16 << 20):
            pass
    start = time.perf_counter()
    cpu_start = time.process_time()
    examples = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                json.loads(line)
                examples += 1
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    print(f"json.loads per line: {examples} examples, {size / 1e6:.1f} MB in {elapsed * 1e3:.0f} ms "
          f"= {size / 1e6 / elapsed:.0f} MB/s wall; {cpu * 1e3:.0f} ms CPU = {size / 1e6 / cpu:.0f} MB/s per core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
