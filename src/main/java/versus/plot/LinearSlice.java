package versus.plot;

import java.util.Optional;
import versus.loss.BinaryMargin;
import versus.model.Classifier;
import versus.model.LinearModel;
import versus.model.ModelClassifier;
import versus.svm.Kernel;
import versus.svm.KernelModel;

/**
 * A one-score linear classifier f(x) = w.x + b restricted to the plane of two features (the other
 * features held at a base row): f = a x + b y + c. Its level lines are drawn exactly instead of
 * traced on a mesh, and its geometric margin 2 / ||w|| (over ALL features) labels the legend.
 *
 * @param marginWidth 2 / ||w||, infinite when w = 0
 */
record LinearSlice(double a, double b, double c, double marginWidth) {
    /**
     * The slice of a linear margin classifier: a one-output {@link LinearModel} with a margin
     * coding, or a binary {@link KernelModel} with the linear kernel (w = sum_s a_s y_s sv_s).
     */
    static Optional<LinearSlice> of(Classifier classifier, double[] base, int fx, int fy) {
        double[] w;
        double bias;
        if (classifier instanceof ModelClassifier mc && mc.model() instanceof LinearModel lin && lin.numOutputs() == 1
                && mc.loss() instanceof BinaryMargin) {
            w = new double[lin.inputDimension()];
            for (int j = 0; j < w.length; j++) {
                w[j] = lin.weight(0, j);
            }
            bias = lin.bias(0);
        } else if (classifier instanceof KernelModel km && km.kernel() instanceof Kernel.Linear && km.numMachines() == 1) {
            int d = km.numFeatures();
            double[] sv = km.supportVectors();
            double[] coef = km.dualCoefficients();
            w = new double[d];
            for (int s = 0; s < coef.length; s++) {
                for (int j = 0; j < d; j++) {
                    w[j] += coef[s] * sv[s * d + j];
                }
            }
            bias = km.bias();
        } else {
            return Optional.empty();
        }
        double c = bias;
        double sq = 0;
        for (int j = 0; j < w.length; j++) {
            sq += w[j] * w[j];
            if (j != fx && j != fy) {
                c += w[j] * base[j];
            }
        }
        return Optional.of(new LinearSlice(w[fx], w[fy], c, sq > 0 ? 2 / Math.sqrt(sq) : Double.POSITIVE_INFINITY));
    }

    double value(double x, double y) {
        return a * x + b * y + c;
    }

    /**
     * The segment of the line {@code a x + b y + c = level} inside the box, as {x0, y0, x1, y1};
     * {@code null} when the line misses the box or a = b = 0.
     */
    double[] line(double level, double xMin, double xMax, double yMin, double yMax) {
        if (a == 0 && b == 0) {
            return null;
        }
        double r = level - c;
        // intersections with the four box edges that lie on the box, at most 4 (2 distinct)
        double[] px = new double[4];
        double[] py = new double[4];
        int k = 0;
        double tolX = 1e-12 * (xMax - xMin);
        double tolY = 1e-12 * (yMax - yMin);
        if (b != 0) {
            for (double x : new double[] {xMin, xMax}) {
                double y = (r - a * x) / b;
                if (y >= yMin - tolY && y <= yMax + tolY) {
                    px[k] = x;
                    py[k++] = Math.max(yMin, Math.min(yMax, y));
                }
            }
        }
        if (a != 0) {
            for (double y : new double[] {yMin, yMax}) {
                double x = (r - b * y) / a;
                if (x >= xMin - tolX && x <= xMax + tolX) {
                    px[k] = Math.max(xMin, Math.min(xMax, x));
                    py[k++] = y;
                }
            }
        }
        if (k < 2) {
            return null;
        }
        // the two extremes along the line direction (-b, a); corners may appear twice
        int lo = 0;
        int hi = 0;
        for (int i = 1; i < k; i++) {
            double t = -b * px[i] + a * py[i];
            if (t < -b * px[lo] + a * py[lo]) {
                lo = i;
            }
            if (t > -b * px[hi] + a * py[hi]) {
                hi = i;
            }
        }
        if (lo == hi) {
            return null; // touches a corner only
        }
        return new double[] {px[lo], py[lo], px[hi], py[hi]};
    }
}
