package versus.plot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import versus.data.Dataset;
import versus.loss.BinaryMargin;
import versus.model.Classifier;
import versus.model.ModelClassifier;
import versus.svm.KernelModel;

/**
 * The training points a margin classifier singles out, in the plane of two features: support
 * vectors (a kernel SVM's own; for a margin model trained by gradient the points with
 * y f(x) <= 1, where the hinge subgradient is active) and margin violators (y f(x) < 1, slack > 0).
 * For linear models the same definitions and tolerance as the diagnostics of
 * {@code versus.train.MarginAnalytics}, so the circled points match the reported counts.
 * Labels: class 1 is y = +1, class 0 is y = -1.
 */
record MarginPoints(Polylines supportVectors, int numSupportVectors, Polylines violators, int numViolators) {
    /** Points within this distance of y f(x) = 1 lie on the margin. */
    static final double TOLERANCE = 1e-6;
    /**
     * The same for a kernel SVM: SMO stops once the KKT conditions hold to LIBSVM's 1e-3, so a
     * point that close to the margin may keep a zero coefficient; it is not called a violator.
     */
    static final double KERNEL_TOLERANCE = 1e-3;

    /**
     * Whether the classifier has a margin: one score decided by sign, and either an SVM or trained
     * with a margin loss that has a margin at f = +-1 (hinge, squared hinge, modified Huber: its
     * gradient vanishes just above m = 1 and not just below). The logistic loss has none.
     */
    static boolean hasMargin(Classifier c) {
        boolean coding = c instanceof KernelModel
                || c instanceof ModelClassifier mc && mc.loss() instanceof BinaryMargin b
                        && b.loss().derivative(1 + 1e-9) == 0 && b.loss().derivative(1 - 1e-3) != 0;
        return coding && DecisionMesh.signDecision(c);
    }

    /**
     * Empty unless the classifier is a margin classifier or a (multiclass) kernel SVM. Counts
     * are over all training rows; only rows whose index is a multiple of {@code stride} are kept
     * for drawing, the same rows for both kinds, so that a drawn violator is always circled.
     */
    static Optional<MarginPoints> of(Classifier c, Dataset train, int fx, int fy, int stride) {
        boolean margin = hasMargin(c);
        KernelModel km = c instanceof KernelModel k ? k : null;
        if (!margin && km == null) {
            return Optional.empty();
        }
        // a kernel SVM's support vectors are copies of training rows: find those rows
        Set<List<Double>> svRows = new HashSet<>();
        if (km != null) {
            double[] sv = km.supportVectors();
            int d = km.numFeatures();
            for (int r = 0; r < km.numSupportVectors(); r++) {
                svRows.add(row(sv, r * d, d));
            }
        }
        double tolerance = km != null ? KERNEL_TOLERANCE : TOLERANCE;
        Polylines sv = new Polylines();
        Polylines viol = new Polylines();
        int numSv = 0;
        int numViol = 0;
        double[] x = train.features();
        double[] s = new double[c.numScores()];
        for (int i = 0; i < train.rows(); i++) {
            double m = Double.NaN;
            if (margin) {
                c.scores(x, train.offset(i), s);
                m = (train.label(i) == 1 ? 1 : -1) * s[0];
            }
            boolean isSv = km != null ? svRows.contains(row(x, train.offset(i), train.cols())) : m <= 1 + TOLERANCE;
            boolean drawn = i % stride == 0;
            if (isSv) {
                numSv++;
                if (drawn) {
                    sv.to(train.get(i, fx), train.get(i, fy));
                }
            }
            if (m < 1 - tolerance) {
                numViol++;
                if (drawn) {
                    viol.to(train.get(i, fx), train.get(i, fy));
                }
            }
        }
        return Optional.of(new MarginPoints(sv, km != null ? km.numSupportVectors() : numSv, viol, numViol));
    }

    private static List<Double> row(double[] a, int offset, int d) {
        List<Double> out = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            out.add(a[offset + j]);
        }
        return out;
    }
}
