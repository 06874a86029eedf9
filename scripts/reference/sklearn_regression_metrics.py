"""Reference values of the regression metrics (RMSE, MAE, R^2, explained variance).

Run: /usr/bin/python3 scripts/reference/sklearn_regression_metrics.py
(scikit-learn 1.2.1). The two cases are written out in full so that
src/test/java/versus/eval/RegressionMetricTest.java can hold the same numbers:
  case A: a small hand-made pair with a constant bias in the predictions, so R^2 and
          explained variance differ (explained variance ignores a constant offset);
  case B: 20 rows of y = 2x + 1 plus N(0, 0.5) noise (numpy seed 0), predicted by the
          least-squares line through them.
"""
import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.metrics import (explained_variance_score, mean_absolute_error,
                             mean_squared_error, r2_score)


def report(name, y, p):
    print(name)
    print("  truth     =", ", ".join(repr(float(v)) for v in y))
    print("  predicted =", ", ".join(repr(float(v)) for v in p))
    print("  rmse      =", repr(float(np.sqrt(mean_squared_error(y, p)))))
    print("  mae       =", repr(float(mean_absolute_error(y, p))))
    print("  r2        =", repr(float(r2_score(y, p))))
    print("  explained =", repr(float(explained_variance_score(y, p))))


report("A", np.array([3.0, -0.5, 2.0, 7.0, 4.2]), np.array([3.5, 0.0, 2.5, 7.5, 3.0]))
rng = np.random.default_rng(0)
x = np.round(rng.uniform(-2, 2, 20), 3)
y = np.round(2 * x + 1 + rng.normal(0, 0.5, 20), 3)
fit = LinearRegression().fit(x.reshape(-1, 1), y)
report("B", y, fit.predict(x.reshape(-1, 1)))
