#!/usr/bin/env python3
"""Derive datasets/digits_multilabel.csv.gz from datasets/digits.csv.gz (standard library only).

The 64 pixel counts are kept; the digit class is replaced by five 0/1 label columns that are
properties of the digit, so the labels are strongly correlated (8 distinct label sets):

  even    0 2 4 6 8        big     5 6 7 8 9        prime   2 3 5 7
  loop    0 6 8 9 (a closed loop when written)       square  0 1 4 9 (a perfect square)

Run from the repository root:  python3 scripts/data/make_digits_multilabel.py
The gzip header has no name and mtime 0, so the output is byte-for-byte reproducible.
"""
import csv
import gzip
import io

LABELS = {
    "even": {0, 2, 4, 6, 8},
    "big": {5, 6, 7, 8, 9},
    "prime": {2, 3, 5, 7},
    "loop": {0, 6, 8, 9},
    "square": {0, 1, 4, 9},
}

with gzip.open("datasets/digits.csv.gz", "rt") as f:
    rows = [list(map(int, r)) for r in csv.reader(f)]

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow([f"p{j}" for j in range(64)] + list(LABELS))
for r in rows:
    digit = r[64]
    w.writerow(r[:64] + [int(digit in s) for s in LABELS.values()])

with open("datasets/digits_multilabel.csv.gz", "wb") as raw:
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as g:
        g.write(out.getvalue().encode("ascii"))
