#!/usr/bin/env python3
"""Write the CSV that CsvLoadBenchmark and numpy_loadtxt.py read: a header line, then ROWS rows of
COLS standard-normal features printed with 6 decimals and an integer label 0/1 (seed 0).
The file is large (about 190 MB at 200,000 x 100): it goes to /tmp and is never committed.

    python3 scripts/bench/make_csv.py [--rows 200000] [--cols 100] [--out /tmp/versus-bench-200k.csv]
"""
import argparse
import os

import numpy as np


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--cols", type=int, default=100, help="feature columns (a label column is added)")
    ap.add_argument("--out", default="/tmp/versus-bench-200k.csv")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    header = ",".join([f"f{j}" for j in range(a.cols)] + ["label"])
    tmp = a.out + ".part"
    with open(tmp, "w") as f:
        f.write(header + "\n")
        block = 10_000   # rows per chunk: bounded memory, vectorised formatting
        for start in range(0, a.rows, block):
            n = min(block, a.rows - start)
            x = rng.standard_normal((n, a.cols))
            y = (x[:, 0] + x[:, 1] > 0).astype(int)
            text = np.char.mod("%.6f", x)
            lines = [",".join(row) + "," + str(label) for row, label in zip(text, y)]
            f.write("\n".join(lines) + "\n")
    os.replace(tmp, a.out)
    size = os.path.getsize(a.out)
    print(f"wrote {a.out}: {a.rows} x {a.cols} features + label, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
