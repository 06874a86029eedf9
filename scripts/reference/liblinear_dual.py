"""Reference optima of the linear SVM duals with LIBLINEAR and LIBSVM, for versus.linear.

Objective (Versus): J(w) = (1/n) sum_i loss_i + (lambda/2) ||w||^2; with C = 1/(lambda n),
LIBLINEAR's primal P(w) = 1/2 ||w||^2 + C sum_i loss_i = J / lambda. -B 1 appends a constant
feature 1 whose weight (the bias) is in ||w||^2 (BiasPenalty.PENALIZED).
Losses: -s 3 hinge max(0, 1 - y s); -s 1 (dual) and -s 2 (primal) squared hinge
max(0, 1 - y s)^2 (no 1/2 factor, as versus.loss.SquaredHinge); -s 4 Crammer-Singer
max(0, 1 + max_{k != y} s_k - s_y). Weston-Watkins sum_{k != y} max(0, 1 + s_k - s_y) has no
LIBLINEAR solver: its dual (box 0 <= a_ik <= C, bias penalised) is minimised here with
scipy's L-BFGS-B to a projected gradient of 1e-12, an independent check.
Unpenalised bias (BiasPenalty.UNPENALIZED): LIBSVM svm-train -t 0 (linear kernel C-SVC).
LIBLINEAR prints only the dual objective for dual solvers, so P(w) is computed here from each
model file (numpy). LIBLINEAR's dual solvers stop after 1000 passes; the -s 2 primal Newton
solver gives the squared-hinge optimum independently.

Data: heart_scale (LIBLINEAR's example, used as is, 270 x 13, +1 is class 1);
breast_cancer (datasets/breast_cancer.csv standardised on all rows with the population std;
class 1 'benign' is +1); iris (standardised the same way, 3 classes).

Run from the repository root:  /usr/bin/python3 scripts/reference/liblinear_dual.py
"""
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[2]
TMP = Path(tempfile.gettempdir()) / "versus-liblinear-dual"
EPS = "1e-10"  # smaller stalls in rounding: every run then hits the pass limit


def load_csv(name):
    lines = (ROOT / "datasets" / name).read_text().split("\n")
    rows = np.array([[float(v) for v in l.split(",")] for l in lines[1:] if l.strip()])
    x, y = rows[:, :-1], rows[:, -1].astype(int)
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1
    return (x - mean) / std, y


def load_libsvm(path, cols):
    xs, ys = [], []
    for line in Path(path).read_text().split("\n"):
        if not line.strip():
            continue
        parts = line.split()
        row = np.zeros(cols)
        for t in parts[1:]:
            k, v = t.split(":")
            row[int(k) - 1] = float(v)
        xs.append(row)
        ys.append(1 if float(parts[0]) > 0 else 0)
    return np.array(xs), np.array(ys)


def write_libsvm(path, x, y):
    with open(path, "w") as f:
        for row, label in zip(x, y):
            f.write(str(label) + " " + " ".join(f"{j + 1}:{v:.17g}" for j, v in enumerate(row)) + "\n")


def liblinear(data, s, c):
    model = TMP / f"model-{Path(data).name}-s{s}-c{c:.6g}"
    out = subprocess.run(["liblinear-train", "-s", str(s), "-B", "1", "-c", repr(c), "-e", EPS,
                          str(data), str(model)], check=True, capture_output=True, text=True).stdout
    if "reaching max number of iterations" in out:
        print(f"   (liblinear-train -s {s} -c {c:.6g} -e {EPS} stopped at its 1000-pass limit: not converged)")
    lines = model.read_text().split("\n")
    labels = [int(float(v)) for v in next(l for l in lines if l.startswith("label")).split()[1:]]
    start = lines.index("w") + 1
    w = np.array([[float(v) for v in l.split()] for l in lines[start:] if l.strip()]).T
    return labels, w  # w: rows per class column, (w_1..w_d, b)


def scores(x, W):
    return x @ W[:, :-1].T + W[:, -1]


def binary_w(labels, w, positive):
    # LIBLINEAR's single row scores labels[0] against the rest
    return w[0] if labels[0] == positive else -w[0]


def binary_primal(x, y, w, loss, c, penalize_bias=True):
    m = np.where(y == 1, 1.0, -1.0) * (x @ w[:-1] + w[-1])
    r = np.maximum(0, 1 - m)
    l = r if loss == "hinge" else r * r
    reg = w @ w if penalize_bias else w[:-1] @ w[:-1]
    return 0.5 * reg + c * l.sum()


def cs_primal(x, y, W, c):
    s = scores(x, W)
    sy = s[np.arange(len(y)), y]
    s2 = s + 1.0
    s2[np.arange(len(y)), y] = -np.inf
    return 0.5 * (W * W).sum() + c * np.maximum(0, s2.max(axis=1) - sy).sum()


def ww_primal(x, y, W, c):
    s = scores(x, W)
    sy = s[np.arange(len(y)), y]
    h = np.maximum(0, 1 + s - sy[:, None])
    h[np.arange(len(y)), y] = 0
    return 0.5 * (W * W).sum() + c * h.sum()


def ww_dual(x, y, k, c):
    """min 1/2 ||W(a)||^2 - sum a, 0 <= a_im <= C (m != y_i), W_m = sum_i x_i (d_{m y_i} A_i - a_im)."""
    n = len(y)
    xa = np.hstack([x, np.ones((n, 1))])
    mask = np.ones((n, k))
    mask[np.arange(n), y] = 0
    onehot = 1 - mask

    def weights(a):
        a = a.reshape(n, k) * mask
        coef = onehot * a.sum(axis=1)[:, None] - a
        return coef.T @ xa

    def f(a):
        W = weights(a)
        g = (xa @ W.T)  # s_im
        sy = g[np.arange(n), y]
        grad = (sy[:, None] - g - 1) * mask
        return 0.5 * (W * W).sum() - (a.reshape(n, k) * mask).sum(), grad.ravel()

    bounds = [(0, c if mask.ravel()[t] else 0) for t in range(n * k)]
    res = minimize(f, np.zeros(n * k), jac=True, method="L-BFGS-B", bounds=bounds,
                   options={"maxiter": 100000, "maxfun": 200000, "ftol": 1e-16, "gtol": 1e-12})
    W = weights(res.x)
    return W, -res.fun


def hinge_dual(x, y, c):
    """-s 3's dual by L-BFGS-B: min 1/2 a^T Q a - e^T a, 0 <= a_i <= C, Q_ij = y_i y_j [x_i; 1].[x_j; 1]."""
    n = len(y)
    z = np.hstack([x, np.ones((n, 1))]) * np.where(y == 1, 1.0, -1.0)[:, None]

    def f(a):
        w = z.T @ a
        return 0.5 * w @ w - a.sum(), z @ w - 1

    res = minimize(f, np.zeros(n), jac=True, method="L-BFGS-B", bounds=[(0, c)] * n,
                   options={"maxiter": 100000, "maxfun": 200000, "ftol": 1e-16, "gtol": 1e-12, "maxcor": 50})
    return z.T @ res.x, -res.fun


def squared_hinge_free_bias(x, y, c):
    """min 1/2 ||w||^2 + C sum max(0, 1 - y (w.x + b))^2 with b free, by L-BFGS-B on the (C^1) primal."""
    sgn = np.where(y == 1, 1.0, -1.0)
    xa = np.hstack([x, np.ones((len(y), 1))])

    def f(wb):
        r = np.maximum(0, 1 - sgn * (xa @ wb))
        g = wb.copy()
        g[-1] = 0
        g -= 2 * c * xa.T @ (sgn * r)
        return 0.5 * wb[:-1] @ wb[:-1] + c * r @ r, g

    res = minimize(f, np.zeros(xa.shape[1]), jac=True, method="L-BFGS-B",
                   options={"maxiter": 100000, "maxfun": 200000, "ftol": 1e-16, "gtol": 1e-13, "maxcor": 50})
    return res.x, res.fun


def libsvm_linear(data, x, y, c):
    model = TMP / f"svm-{Path(data).name}-c{c:.6g}"
    subprocess.run(["svm-train", "-q", "-s", "0", "-t", "0", "-c", repr(c), "-e", "1e-12", "-h", "0",
                    str(data), str(model)], check=True)
    lines = model.read_text().split("\n")
    labels = [int(float(v)) for v in next(l for l in lines if l.startswith("label")).split()[1:]]
    rho = float(next(l for l in lines if l.startswith("rho")).split()[1])
    start = lines.index("SV") + 1
    # the model file keeps 8 digits of each support vector: take the training row it came from
    w = np.zeros(x.shape[1])
    for l in lines[start:]:
        if not l.strip():
            continue
        parts = l.split()
        sv = np.zeros(x.shape[1])
        for t in parts[1:]:
            j, v = t.split(":")
            sv[int(j) - 1] = float(v)
        row = np.argmin(np.abs(x - sv).max(axis=1))
        assert np.abs(x[row] - sv).max() < 1e-6
        w += float(parts[0]) * x[row]
    wb = np.append(w, -rho)
    return wb if labels[0] == 1 else -wb


def fmt(v):
    return " ".join(f"{t:.10g}" for t in v)


def main():
    TMP.mkdir(parents=True, exist_ok=True)
    heart = ROOT / "datasets" / "heart_scale"
    hx, hy = load_libsvm(heart, 13)
    hfile = TMP / "heart_scale"
    write_libsvm(hfile, hx, np.where(hy == 1, 1, -1))  # same rows, labels +1/-1
    bx, by = load_csv("breast_cancer.csv")
    bfile = TMP / "breast_cancer.svm"
    write_libsvm(bfile, bx, np.where(by == 1, 1, -1))
    ix, iy = load_csv("iris.csv")
    ifile = TMP / "iris.svm"
    write_libsvm(ifile, ix, iy)

    print("# binary, bias penalised (-B 1): P(w) = J/lambda; w = (w_1.., b) for class 1 as +1")
    for name, path, x, y in (("heart_scale", hfile, hx, hy), ("breast_cancer", bfile, bx, by)):
        n = len(y)
        for lam in (1.0 / n, 100.0 / n):
            c = 1.0 / (lam * n)
            for s, loss in ((3, "hinge"), (1, "squared-hinge"), (2, "squared-hinge")):
                labels, w = liblinear(path, s, c)
                wb = binary_w(labels, w, 1)
                p = binary_primal(x, y, wb, loss, c)
                print(f"{name} n={n} lambda={lam:.17g} C={c:.6g} -s {s} {loss}: P = {p:.15g}  J = {p * lam:.15g}")
                print(f"   w[0..2] = {fmt(wb[:3])}  b = {wb[-1]:.10g}")
            w, d = hinge_dual(x, y, c)
            p = binary_primal(x, y, w, "hinge", c)
            print(f"{name} lambda={lam:.17g} C={c:.6g} hinge, L-BFGS-B on the -s 3 dual: P = {p:.15g}  dual = {d:.15g}")
            print(f"   w[0..2] = {fmt(w[:3])}  b = {w[-1]:.10g}")
            wb, p = squared_hinge_free_bias(x, y, c)
            print(f"{name} lambda={lam:.17g} C={c:.6g} squared-hinge, bias unpenalised, L-BFGS-B primal: P = {p:.15g}"
                  f"  J = {p * lam:.15g}")
            print(f"   w[0..2] = {fmt(wb[:3])}  b = {wb[-1]:.10g}")
            wb = libsvm_linear(path, x, y, c)
            p = binary_primal(x, y, wb, "hinge", c, penalize_bias=False)
            print(f"{name} lambda={lam:.17g} C={c:.6g} svm-train -t 0 hinge, bias unpenalised: P = {p:.15g}"
                  f"  J = {p * lam:.15g}")
            print(f"   w[0..2] = {fmt(wb[:3])}  b = {wb[-1]:.10g}")

    print("# iris, 3 classes, bias penalised; rows W_k = (w_k1.., b_k) per class 0, 1, 2")
    n = len(iy)
    for lam in (1.0 / n, 100.0 / n):
        c = 1.0 / (lam * n)
        labels, w = liblinear(ifile, 4, c)
        W = np.zeros_like(w)
        for col, label in enumerate(labels):
            W[label] = w[col]
        p = cs_primal(ix, iy, W, c)
        print(f"iris lambda={lam:.17g} C={c:.6g} -s 4 crammer-singer: P = {p:.15g}  J = {p * lam:.15g}")
        print(f"   W[0][0..1] = {fmt(W[0][:2])}  W[1][0..1] = {fmt(W[1][:2])}  b = {fmt(W[:, -1])}")
        W, d = ww_dual(ix, iy, 3, c)
        p = ww_primal(ix, iy, W, c)
        print(f"iris lambda={lam:.17g} C={c:.6g} weston-watkins (L-BFGS-B dual): P = {p:.15g}  dual = {d:.15g}"
              f"  J = {p * lam:.15g}")
        print(f"   W[0][0..1] = {fmt(W[0][:2])}  W[1][0..1] = {fmt(W[1][:2])}  b = {fmt(W[:, -1])}")

    print("# iris one-vs-rest (-s 3 hinge, -s 1 squared hinge, C = 1): P_k of class k against the rest, bias penalised")
    c = 1.0
    for s, loss in ((3, "hinge"), (1, "squared-hinge")):
        labels, w = liblinear(ifile, s, c)
        for col, label in enumerate(labels):
            yk = (iy == label).astype(int)
            p = binary_primal(ix, yk, w[col], loss, c)
            print(f"iris C=1 -s {s} {loss} class {label} vs rest: P = {p:.15g}")
    for k in range(3):
        yk = (iy == k).astype(int)
        w, d = hinge_dual(ix, yk, c)
        p = binary_primal(ix, yk, w, "hinge", c)
        print(f"iris C=1 hinge class {k} vs rest, L-BFGS-B on the -s 3 dual: P = {p:.15g}  dual = {d:.15g}")


if __name__ == "__main__":
    main()
