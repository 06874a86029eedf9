"""Reference accuracies of logistic regression with scikit-learn, on Versus's shared folds.

Protocol, per data set (iris, breast_cancer):
  * outer CV: the 10 folds of datasets/folds/<name>-10fold.csv (StratifiedKFold(10,
    shuffle=True, random_state=0), written by make_folds.py); each fold is tested once by a
    model fitted on the other 9;
  * model: Pipeline(StandardScaler(), LogisticRegression(solver="lbfgs", max_iter=10000,
    multi_class="multinomial" for iris, binary logistic for breast_cancer)); the scaler is
    fitted on the training part of the fold only;
  * metric: accuracy on the test fold; reported as mean and sample std (ddof=1) over 10 folds.
Variants:
  default      C = 1.0
  nested       C chosen from np.logspace(-3, 3, 13) by GridSearchCV (inner
               StratifiedKFold(5, shuffle=True, random_state=0) on the training part, accuracy,
               ties to the smallest C, refit on the whole training part): honest
  hindsight    the single grid C with the best outer-CV mean accuracy (ties to the smallest C):
               OPTIMISTIC, the test folds chose it; for information only
  lambda=1e-3  C = 1 / (lambda * n_train) per fold: sklearn minimises C * sum(loss) + ||w||^2/2,
               which is n_train*C times Versus's mean(loss) + lambda/2 ||w||^2 (intercept
               unpenalised in both), so this is the same objective as Versus l2 lambda=1e-3
  tol 1e-10    the same objective solved to tol 1e-10, with the mean test-fold log-loss: a
               check of the optimum itself, not only of its accuracy
Fit time: wall-clock seconds of model.fit per outer fold, fits run one after another (for
nested it includes the 13 x 5 inner fits and the refit), mean over the 10 folds.

Run from the repository root:  /usr/bin/python3 scripts/reference/sklearn_linear.py
(prints the table and writes scripts/reference/sklearn_linear.md)
"""
import os
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

sys.dont_write_bytecode = True  # no __pycache__ next to the scripts
from make_folds import DATASETS, load, read_folds

GRID = np.logspace(-3, 3, 13)
LAMBDA = 1e-3
HERE = Path(__file__).resolve().parent


def pipeline(C, multiclass, tol=1e-4):
    lr = LogisticRegression(C=C, solver="lbfgs", max_iter=100000, tol=tol,
                            multi_class="multinomial" if multiclass else "auto")
    return make_pipeline(StandardScaler(), lr)


def nested(multiclass):
    inner = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    return GridSearchCV(pipeline(1.0, multiclass), {"logisticregression__C": GRID},
                        cv=inner, scoring="accuracy")


def outer_cv(X, y, fold, make):
    """Accuracy per fold, mean fit seconds, fitted models; make(n_train) gives a fresh model."""
    accs, secs, models = [], [], []
    for f in np.unique(fold):
        tr, te = fold != f, fold == f
        model = make(tr.sum())
        t0 = time.perf_counter()
        model.fit(X[tr], y[tr])
        secs.append(time.perf_counter() - t0)
        accs.append(np.mean(model.predict(X[te]) == y[te]))
        models.append(model)
    return np.array(accs), float(np.mean(secs)), models


def run(name):
    X, y = load(name)
    fold = read_folds(name)
    mc = len(np.unique(y)) > 2
    rows = []  # (variant, accs, secs, note)
    acc, s, _ = outer_cv(X, y, fold, lambda n: pipeline(1.0, mc))
    rows.append(("default (C=1)", acc, s, ""))
    acc, s, models = outer_cv(X, y, fold, lambda n: nested(mc))
    chosen = [m.best_params_["logisticregression__C"] for m in models]
    rows.append(("nested CV over C", acc, s, "chosen C per fold: " + ", ".join(f"{c:g}" for c in chosen)))
    per_c = [outer_cv(X, y, fold, lambda n, c=c: pipeline(c, mc)) for c in GRID]
    best = int(np.argmax([a.mean() for a, _, _ in per_c]))  # first max = smallest C
    acc, s, _ = per_c[best]
    rows.append((f"best C in hindsight (C={GRID[best]:g}), OPTIMISTIC", acc, s, "selected on the test folds"))
    acc, s, models = outer_cv(X, y, fold, lambda n: pipeline(1.0 / (LAMBDA * n), mc))
    cs = sorted({round(m[-1].C, 4) for m in models})
    rows.append((f"lambda={LAMBDA:g} (C=1/(lambda n_train))", acc, s, "C = " + ", ".join(f"{c:g}" for c in cs)))
    acc, s, models = outer_cv(X, y, fold, lambda n: pipeline(1.0 / (LAMBDA * n), mc, tol=1e-10))
    losses = [log_loss(y[fold == f], m.predict_proba(X[fold == f]), labels=np.unique(y))
              for f, m in zip(np.unique(fold), models)]
    rows.append((f"lambda={LAMBDA:g}, solved to tol 1e-10", acc, s,
                 f"test log-loss {np.mean(losses):.6f} +- {np.std(losses, ddof=1):.6f} (compare Versus' -lbfgs models)"))
    grid_line = ", ".join(f"{c:g}: {a.mean():.4f}" for c, (a, _, _) in zip(GRID, per_c))
    return X.shape, rows, grid_line


def main():
    lines = [f"# scikit-learn reference: logistic regression\n",
             f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; "
             f"generated by `/usr/bin/python3 scripts/reference/sklearn_linear.py`; {os.cpu_count()} CPUs, "
             f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}, "
             f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}.\n",
             "## Protocol\n", __doc__.split("Protocol, per data set (iris, breast_cancer):\n")[1]
             .split("\n\nRun from")[0].join(["```\n", "\n```\n"]),
             "## Results (accuracy over the 10 outer folds, mean ± sample std)\n"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConvergenceWarning)
        for name in DATASETS:
            shape, rows, grid_line = run(name)
            lines += [f"### {name} ({shape[0]} rows x {shape[1]} features)\n",
                      "| variant | accuracy mean | std | fit s/fold (mean) | note |",
                      "|---|---|---|---|---|"]
            lines += [f"| {v} | {a.mean():.4f} | {a.std(ddof=1):.4f} | {s:.4f} | {n} |" for v, a, s, n in rows]
            lines += ["", f"Outer-CV mean accuracy per grid C: {grid_line}\n"]
    n_conv = sum(issubclass(w.category, ConvergenceWarning) for w in caught)
    lines.append(f"Convergence warnings: {n_conv}.")
    text = "\n".join(lines) + "\n"
    print(text)
    (HERE / "sklearn_linear.md").write_text(text)


if __name__ == "__main__":
    main()
