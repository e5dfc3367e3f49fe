#!/usr/bin/env python3
"""bench_types — the built-in types under load (dict counting, string building, sorting with keys,
set algebra, formatting, big ints, list slicing): tirbox against CPython 3.11 in the same run, as
bench_loops measures it, on the programs of tests/bench/data/types.jsonl."""
import sys

from bench_loops import bench

if __name__ == '__main__':
    sys.exit(bench('types.jsonl', 'types'))
