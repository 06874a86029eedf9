#!/usr/bin/python3
"""LIBLINEAR's primal objectives for the exact-solver tests (LinearDefaultsTest).

Runs the installed `liblinear-train` with a very small tolerance (-e 1e-10) on
  * datasets/heart_scale            (LIBLINEAR's own example, features already in [-1, 1])
  * datasets/breast_cancer.csv      (raw features, as the file has them: ill-conditioned)
for -s 0 (L2-regularised logistic regression) and -s 2 (L2-loss SVM, primal), C = 1 and C = 100,
reads w from the model file and evaluates, with numpy, Versus's objective
    J(w, b) = (1/n) sum_i loss(y_i (w.x_i + b)) + lambda/2 (||w||^2 [+ b^2])    lambda = 1/(C n)
which is LIBLINEAR's primal f = ||w~||^2/2 + C sum_i loss_i divided by C n, with
loss = ln(1 + e^-m) for -s 0 and max(0, 1 - m)^2 for -s 2.
  * "penalised": -B 1, so the bias is the weight of a constant feature 1 and is penalised: J is
    exactly LIBLINEAR's f / (C n).
  * "unpenalised": LIBLINEAR 2.x has no unpenalised bias, so it is run with -B 10000: the penalty on
    the bias b = 10^4 w_b is b^2 / (2 10^8), and J without that term, evaluated at LIBLINEAR's
    solution, is within b^2 / (2 10^8 C n) above the unpenalised optimum (printed as "bound").
Prints one line per case: data, solver, C, bias, n, J, bound. Usage: /usr/bin/python3 scripts/reference/liblinear_primal.py
"""
import csv
import pathlib
import subprocess
import tempfile

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[2]


def load(name):
    if name == "heart_scale":
        rows = (ROOT / "datasets" / "heart_scale").read_text().split("\n")
        rows = [r.split() for r in rows if r.strip()]
        d = max(int(t.split(":")[0]) for r in rows for t in r[1:])
        X = np.zeros((len(rows), d))
        y = np.array([float(r[0]) for r in rows])
        for i, r in enumerate(rows):
            for t in r[1:]:
                j, v = t.split(":")
                X[i, int(j) - 1] = float(v)
        return X, y
    with open(ROOT / "datasets" / f"{name}.csv", newline="") as f:
        rows = list(csv.reader(f))
    data = np.array(rows[1:], dtype=float)
    return data[:, :-1], data[:, -1]


def write_libsvm(path, X, y):
    with open(path, "w") as f:
        for xi, yi in zip(X, y):
            f.write("%d " % yi + " ".join("%d:%.17g" % (j + 1, v) for j, v in enumerate(xi) if v != 0) + "\n")


def read_model(path):
    lines = pathlib.Path(path).read_text().split("\n")
    labels = None
    for k, line in enumerate(lines):
        if line.startswith("label "):
            labels = [float(t) for t in line.split()[1:]]
        if line.strip() == "w":
            w = np.array([float(r.split()[0]) for r in lines[k + 1:] if r.strip()])
            return labels, w
    raise ValueError("no w in " + path)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for name in ["heart_scale", "breast_cancer"]:
            X, y = load(name)
            n = len(y)
            data = pathlib.Path(tmp) / (name + ".svm")
            write_libsvm(data, X, y)
            for solver, loss in [(0, lambda m: np.logaddexp(0, -m)), (2, lambda m: np.maximum(0, 1 - m) ** 2)]:
                for C in [1.0, 100.0]:
                    for bias, B in [("penalised", 1.0), ("unpenalised", 10000.0)]:
                        model = pathlib.Path(tmp) / "model"
                        subprocess.run(["liblinear-train", "-q", "-s", str(solver), "-c", repr(C), "-B", repr(B),
                                        "-e", "1e-10", str(data), str(model)], check=True)
                        labels, wb = read_model(model)
                        w, b = wb[:-1], wb[-1] * B
                        sign = np.where(y == labels[0], 1.0, -1.0)
                        lam = 1 / (C * n)
                        m = sign * (X @ w + b)
                        J = loss(m).mean() + lam / 2 * (w @ w + (b * b if bias == "penalised" else 0))
                        bound = 0.0 if bias == "penalised" else lam / 2 * wb[-1] ** 2
                        print("%s -s %d C=%g bias=%s n=%d J=%.15g bound=%.3g" % (name, solver, C, bias, n, J, bound))


if __name__ == "__main__":
    main()
