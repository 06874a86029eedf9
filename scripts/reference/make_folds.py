"""Write the 10-fold assignments that Versus and scikit-learn share.

Protocol: for each data set in datasets/ (scikit-learn's bundled CSV layout: a header line
`n_rows,n_features,class names...`, then one row per example, integer label last), assign
every row to a test fold with

    StratifiedKFold(n_splits=10, shuffle=True, random_state=0).split(X, y)

and write datasets/folds/<name>-10fold.csv with the header `index,fold`: one line per row,
0-based row index, fold id 0..9, rows in index order. Versus reads these with
`protocol: {kind: predefined, path: ...}`; scripts/reference/sklearn_linear.py reads them too.

The CSV is parsed here and checked against sklearn.datasets.load_iris / load_breast_cancer / load_wine / load_digits
(same data, same row order), so the indices mean the same rows in both tools.

Run from the repository root:  /usr/bin/python3 scripts/reference/make_folds.py
"""
import csv
import gzip
from pathlib import Path

import numpy as np
from sklearn.datasets import load_breast_cancer, load_digits, load_iris, load_wine
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[2]
DATASETS = {"iris": load_iris, "breast_cancer": load_breast_cancer, "wine": load_wine, "digits": load_digits}
K, SEED = 10, 0


def load(name):
    """X, y from datasets/<name>.csv (or the header-less digits.csv.gz), checked against scikit-learn's own loader."""
    if name == "digits":
        with gzip.open(ROOT / "datasets" / "digits.csv.gz", "rt", newline="") as f:
            data = np.array(list(csv.reader(f)), dtype=float)
        X, y = data[:, :-1], data[:, -1].astype(int)
    else:
        with open(ROOT / "datasets" / f"{name}.csv", newline="") as f:
            rows = list(csv.reader(f))
        n, d = int(rows[0][0]), int(rows[0][1])
        data = np.array(rows[1:], dtype=float)
        X, y = data[:, :-1], data[:, -1].astype(int)
        assert X.shape == (n, d), (name, X.shape, n, d)
    ref = DATASETS[name]()
    assert np.array_equal(X, ref.data) and np.array_equal(y, ref.target), name
    return X, y


def fold_of_row(y):
    """Fold id (0..K-1) of every row under the shared StratifiedKFold."""
    fold = np.full(len(y), -1)
    skf = StratifiedKFold(n_splits=K, shuffle=True, random_state=SEED)
    for f, (_, test) in enumerate(skf.split(np.zeros((len(y), 1)), y)):
        fold[test] = f
    assert (fold >= 0).all()
    return fold


def read_folds(name):
    """The fold ids written by this script, as an array indexed by row."""
    data = np.loadtxt(ROOT / "datasets" / "folds" / f"{name}-{K}fold.csv",
                      delimiter=",", skiprows=1, dtype=int)
    assert np.array_equal(data[:, 0], np.arange(len(data)))
    return data[:, 1]


def main():
    out = ROOT / "datasets" / "folds"
    out.mkdir(parents=True, exist_ok=True)
    for name in DATASETS:
        _, y = load(name)
        fold = fold_of_row(y)
        path = out / f"{name}-{K}fold.csv"
        with open(path, "w", newline="") as f:
            f.write("index,fold\n")
            f.writelines(f"{i},{k}\n" for i, k in enumerate(fold))
        sizes = np.bincount(fold, minlength=K)
        print(f"{path.relative_to(ROOT)}: {len(y)} rows, fold sizes {sizes.tolist()}")


if __name__ == "__main__":
    main()
