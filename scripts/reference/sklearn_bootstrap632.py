"""Reference .632 bootstrap accuracy of L2 logistic regression on breast cancer, with scikit-learn.

Definition (as Versus's protocol: {kind: bootstrap, estimator: "632"}): for each of 200
resamples, draw n rows with replacement (numpy default_rng(0)), fit
Pipeline(StandardScaler(), LogisticRegression(C = 1/(lambda n), lambda = 1e-3)) on the sample --
the same objective as Versus's mean logistic loss + lambda/2 ||w||^2 with an unpenalised
intercept -- score it on the out-of-bag rows (oob) and on its own sample (resubstitution), take
0.368 resub + 0.632 oob per resample, and average. The resamples differ from Versus's (different
generators), so the two estimates agree only up to Monte Carlo noise.

Run from the repository root:  /usr/bin/python3 scripts/reference/sklearn_bootstrap632.py
"""
import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from make_folds import load

LAMBDA, RESAMPLES = 1e-3, 200


def main():
    X, y = load("breast_cancer")
    n = len(y)
    rng = np.random.default_rng(0)
    oob, resub, est = [], [], []
    for _ in range(RESAMPLES):
        sample = rng.integers(0, n, n)
        out = np.setdiff1d(np.arange(n), sample)
        model = make_pipeline(StandardScaler(), LogisticRegression(C=1 / (LAMBDA * n), max_iter=10000))
        model.fit(X[sample], y[sample])
        o = np.mean(model.predict(X[out]) == y[out])
        r = np.mean(model.predict(X[sample]) == y[sample])
        oob.append(o)
        resub.append(r)
        est.append(0.368 * r + 0.632 * o)
    print(f"scikit-learn {sklearn.__version__}, {RESAMPLES} resamples")
    for name, v in (("632", est), ("oob", oob), ("resubstitution", resub)):
        print(f"accuracy {name}: mean {np.mean(v):.4f} std {np.std(v, ddof=1):.4f}")


if __name__ == "__main__":
    main()
