#!/usr/bin/env python3
"""Time numpy.loadtxt(delimiter=',') on the benchmark CSV (see make_csv.py): the baseline that
CsvLoadBenchmark must match. Prints every run, then best and median seconds and MB/s.

    python3 scripts/bench/numpy_loadtxt.py [--runs 3] [/tmp/versus-bench-200k.csv]
"""
import argparse
import os
import statistics
import time

import numpy as np


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", default="/tmp/versus-bench-200k.csv")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()

    mb = os.path.getsize(a.path) / 1e6
    times = []
    for i in range(a.runs):
        t0 = time.perf_counter()
        x = np.loadtxt(a.path, delimiter=",", skiprows=1)
        dt = time.perf_counter() - t0
        times.append(dt)
        print(f"run {i + 1}: {dt:.3f} s  {mb / dt:.1f} MB/s  shape {x.shape}")
        del x
    best, median = min(times), statistics.median(times)
    print(f"numpy {np.__version__} loadtxt, {mb:.1f} MB: best {best:.3f} s ({mb / best:.1f} MB/s), "
          f"median {median:.3f} s ({mb / median:.1f} MB/s)")


if __name__ == "__main__":
    main()
