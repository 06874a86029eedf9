"""Reference accuracies of the RBF kernel SVM with scikit-learn, on the digits data.

Protocol:
  * data: /work/shared/datasets/sklearn/digits.csv.gz (gzip CSV, no header, 64 pixel columns
    then the label), checked here to equal sklearn.datasets.load_digits (same rows, same order);
  * folds: StratifiedKFold(10, shuffle=True, random_state=0); the assignment is written to
    /tmp/digits-10fold.csv (header `index,fold`, rows in index order) for Versus's harness
    (src/test/java/versus/svm/DigitsHarness.java) to use the same folds;
  * per fold: StandardScaler fitted on the training part only, then
    SVC(kernel='rbf', C=10, gamma=G) with G = 'scale' (1 / (n_features * X.var()) of the
    standardized training part) and G = 0.01; SVC's defaults otherwise (tol=1e-3, shrinking,
    200 MB cache, one-vs-one);
  * metric: test-fold accuracy, mean and sample std (ddof=1) over the 10 folds; fit seconds are
    wall-clock seconds of SVC.fit alone (single-threaded LIBSVM), per fold.

Run from the repository root:  /usr/bin/python3 scripts/reference/sklearn_svc.py
"""
import time

import numpy as np
import sklearn
from sklearn.datasets import load_digits
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

DATA = "/work/shared/datasets/sklearn/digits.csv.gz"
FOLDS = "/tmp/digits-10fold.csv"
C = 10.0
GAMMAS = ["scale", 0.01]


def load():
    raw = np.loadtxt(DATA, delimiter=",")
    X, y = raw[:, :-1], raw[:, -1].astype(int)
    ref = load_digits()
    assert np.array_equal(X, ref.data) and np.array_equal(y, ref.target), "digits.csv.gz differs from load_digits"
    return X, y


def write_folds(X, y):
    fold = np.empty(len(y), dtype=int)
    for f, (_, test) in enumerate(StratifiedKFold(n_splits=10, shuffle=True, random_state=0).split(X, y)):
        fold[test] = f
    with open(FOLDS, "w") as out:
        out.write("index,fold\n")
        out.writelines(f"{i},{f}\n" for i, f in enumerate(fold))
    return fold


def main():
    X, y = load()
    fold = write_folds(X, y)
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; digits {X.shape[0]} x {X.shape[1]}; "
          f"folds written to {FOLDS}\n")
    for gamma in GAMMAS:
        accs, secs, nsv, used = [], [], [], []
        for f in range(10):
            tr, te = fold != f, fold == f
            scaler = StandardScaler().fit(X[tr])
            Xtr, Xte = scaler.transform(X[tr]), scaler.transform(X[te])
            model = SVC(kernel="rbf", C=C, gamma=gamma)
            t0 = time.perf_counter()
            model.fit(Xtr, y[tr])
            secs.append(time.perf_counter() - t0)
            accs.append(np.mean(model.predict(Xte) == y[te]))
            nsv.append(len(model.support_))
            used.append(model._gamma)
        accs = np.array(accs)
        print(f"SVC(rbf, C={C:g}, gamma={gamma}): accuracy {accs.mean():.4f} ± {accs.std(ddof=1):.4f}, "
              f"fit {np.mean(secs):.4f} s/fold (mean)")
        print("  accuracy per fold:", " ".join(f"{a:.4f}" for a in accs))
        print("  fit s per fold:   ", " ".join(f"{s:.4f}" for s in secs))
        print("  support vectors:  ", " ".join(str(n) for n in nsv))
        print("  gamma per fold:   ", " ".join(f"{g:.6g}" for g in used))
        print()


if __name__ == "__main__":
    main()
