package versus.plot;

import java.util.Optional;
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

    /** Whether the classifier has a margin: one score decided by sign, trained with a margin loss or as an SVM. */
    static boolean hasMargin(Classifier c) {
        boolean coding = c instanceof KernelModel || c instanceof ModelClassifier mc && mc.loss() instanceof BinaryMargin;
        return coding && DecisionMesh.signDecision(c);
    }

    /** Empty unless the classifier is a margin classifier or a (multiclass) kernel SVM. */
    static Optional<MarginPoints> of(Classifier c, Dataset train, int fx, int fy) {
        boolean margin = hasMargin(c);
        if (!margin && !(c instanceof KernelModel)) {
            return Optional.empty();
        }
        Polylines sv = new Polylines();
        Polylines viol = new Polylines();
        int numSv = 0;
        int numViol = 0;
        double tolerance = c instanceof KernelModel ? KERNEL_TOLERANCE : TOLERANCE;
        double[] x = train.features();
        double[] s = new double[c.numScores()];
        for (int i = 0; margin && i < train.rows(); i++) {
            c.scores(x, train.offset(i), s);
            double m = (train.label(i) == 1 ? 1 : -1) * s[0];
            double px = train.get(i, fx);
            double py = train.get(i, fy);
            if (!(c instanceof KernelModel) && m <= 1 + TOLERANCE) {
                sv.to(px, py);
                numSv++;
            }
            if (m < 1 - tolerance) {
                viol.to(px, py);
                numViol++;
            }
        }
        if (c instanceof KernelModel km) {
            double[] rows = km.supportVectors();
            int d = km.numFeatures();
            for (int r = 0; r < km.numSupportVectors(); r++) {
                sv.to(rows[r * d + fx], rows[r * d + fy]);
            }
            numSv = km.numSupportVectors();
        }
        return Optional.of(new MarginPoints(sv, numSv, viol, numViol));
    }
}
