"""Seconds per epoch of scikit-learn's MLPClassifier(64), Adam, batch 256, on 160,000 x 100 dense
N(0, 1) data: the peer of versus.bench.MlpEpochBenchmark. Two classes by default (one logistic
output); a second argument asks for more (softmax outputs, the label the argmax of noisy linear
scores, like the benchmark's -p classes=...).
Run: OPENBLAS_NUM_THREADS=1 /usr/bin/python3 sklearn_mlp_epoch.py [relu|tanh] [classes]"""
import sys, time, warnings
import numpy as np
from sklearn.neural_network import MLPClassifier

activation = sys.argv[1] if len(sys.argv) > 1 else "relu"
classes = int(sys.argv[2]) if len(sys.argv) > 2 else 2
rng = np.random.default_rng(42)
x = rng.standard_normal((160_000, 100))
if classes == 2:
    u = rng.standard_normal(100)
    y = (x @ u + 3 * rng.standard_normal(160_000) > 0).astype(int)
else:
    u = rng.standard_normal((100, classes))
    y = np.argmax(x @ u + 3 * rng.standard_normal((160_000, classes)), axis=1)
clf = MLPClassifier(hidden_layer_sizes=(64,), activation=activation, solver="adam", batch_size=256,
                    learning_rate_init=0.001, alpha=0.0, shuffle=True, random_state=0)
warnings.simplefilter("ignore")
clf.partial_fit(x, y, classes=list(range(classes)))  # first epoch: allocation and set-up
times = []
for _ in range(8):
    t0 = time.perf_counter()
    clf.partial_fit(x, y)
    times.append(time.perf_counter() - t0)
label = activation if classes == 2 else f"{activation}, {classes} classes"
print(f"{label}: median {np.median(times):.3f} s/epoch, min {min(times):.3f}, all {[round(t, 3) for t in times]}")
