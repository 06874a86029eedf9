package versus.autoencoder;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.data.Standardizer;
import versus.loss.LossCatalog;
import versus.model.Classifier;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.objective.Regularizer;
import versus.optim.Adam;
import versus.train.GradientLearner;
import versus.train.History;
import versus.train.TrainerSpec;

/**
 * A linear probe (the linear evaluation protocol of representation learning; Alain and Bengio
 * 2016): softmax regression on codes standardized with the training codes' means and standard
 * deviations (L2 {@value #LAMBDA}, Adam at rate {@value #RATE}, {@value #EPOCHS} epochs of batch
 * {@value #BATCH}, zero start). Not thread-safe (a scratch row).
 */
final class Probe {
    static final double LAMBDA = 1e-4;
    static final double RATE = 0.01;
    static final int EPOCHS = 100;
    static final int BATCH = 32;

    private final double[] mean;
    private final double[] scale;
    private final Classifier classifier;
    private final double[] scaled;

    private Probe(double[] mean, double[] scale, Classifier classifier) {
        this.mean = mean;
        this.scale = scale;
        this.classifier = classifier;
        this.scaled = new double[mean.length];
    }

    /**
     * Fits the probe on {@code codes} (row-major, {@code width} per row) of the rows of
     * {@code train} (whose labels and class names it uses); its training history is not kept.
     */
    static Probe fit(double[] codes, int width, Dataset train, RandomGenerator rng) {
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= width; j++) {
            names.add("code_" + j);
        }
        Dataset data = new Dataset(train.name() + " codes", codes, train.labels(), names, train.classNames(), null);
        Standardizer scaler = Standardizer.fit(data);
        GradientLearner softmax = new GradientLearner(LinearModel::new, LossCatalog.coding("softmax", train.numClasses()),
                Regularizer.ElasticNet.l2(LAMBDA), new Initializer.Zero(), Adam.withRate(RATE), TrainerSpec.miniBatch(EPOCHS, BATCH));
        return new Probe(scaler.means(), scaler.scales(), softmax.fit(scaler.apply(data), rng, new History()));
    }

    Classifier classifier() { return classifier; }

    /** The class scores of the code {@code code[0 .. width-1]} (left unchanged). */
    void scores(double[] code, double[] out) {
        for (int j = 0; j < scaled.length; j++) {
            scaled[j] = (code[j] - mean[j]) / scale[j];
        }
        classifier.scores(scaled, 0, out);
    }
}
