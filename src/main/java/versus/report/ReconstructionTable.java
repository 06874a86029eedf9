package versus.report;

import java.util.List;
import java.util.Locale;

/**
 * The report's autoencoder section: per data set and autoencoder model, the mean reconstruction
 * error (mean squared error per entry of the standardized inputs) of the network and of PCA with
 * the same code width, on the training and test parts, and their ratios (autoencoder / PCA).
 */
final class ReconstructionTable {
    private static final String AE_TRAIN = "reconstruction-mse-train";
    private static final String AE_TEST = "reconstruction-mse-test";
    private static final String PCA_TRAIN = "pca-mse-train";
    private static final String PCA_TEST = "pca-mse-test";
    private static final String PCA_PROBE = "pca-probe-accuracy";

    private ReconstructionTable() {
    }

    /** The section, or an empty string when no model recorded a reconstruction error. */
    static String render(RunRecord run, List<Summary.Row> rows) {
        if (rows.stream().noneMatch(r -> r.metric().equals(AE_TEST))) {
            return "";
        }
        StringBuilder s = new StringBuilder("\n## Autoencoders\n\nMean squared reconstruction error per entry of the inputs "
                + "(in the space the network saw: standardized unless the data set says otherwise), mean +- std over the splits, against PCA with the same number of "
                + "components as the code width, fitted on the same training part. PCA is the best rank-k linear reconstruction "
                + "(Eckart-Young), and a linear autoencoder (activation identity) can at best span the same subspace (Baldi and "
                + "Hornik 1989): on the training part its error can only approach PCA's from above (a training ratio near 1 means "
                + "it has converged there); a nonlinear one can go below. Test errors can vary much between splits: "
                + "standardization divides by each training part's column spreads, so a column nearly constant there magnifies "
                + "its test deviations. The class metrics above "
                + "come from a softmax-regression probe fitted on the training codes; the same probe fitted on the PCA codes "
                + "(`pca-probe-accuracy`) shows what the network's codes add over a linear projection; the codes of split 0 are in `codes.csv`.\n");
        for (RunRecord.DatasetInfo d : run.datasets()) {
            StringBuilder table = new StringBuilder();
            for (RunRecord.ModelInfo m : run.models()) {
                Summary.Row aeTest = find(rows, d.name(), m.name(), AE_TEST);
                if (aeTest == null) {
                    continue;
                }
                Summary.Row aeTrain = find(rows, d.name(), m.name(), AE_TRAIN);
                Summary.Row pcaTrain = find(rows, d.name(), m.name(), PCA_TRAIN);
                Summary.Row pcaTest = find(rows, d.name(), m.name(), PCA_TEST);
                table.append("| ").append(m.name()).append(" | ").append(cell(aeTrain)).append(" | ").append(cell(aeTest))
                        .append(" | ").append(cell(pcaTrain)).append(" | ").append(cell(pcaTest)).append(" | ")
                        .append(ratio(aeTrain, pcaTrain)).append(" | ").append(ratio(aeTest, pcaTest)).append(" | ")
                        .append(cell(find(rows, d.name(), m.name(), "accuracy"))).append(" | ")
                        .append(cell(find(rows, d.name(), m.name(), PCA_PROBE))).append(" |\n");
            }
            if (table.length() > 0) {
                s.append("\n### ").append(d.name()).append("\n\n| model | autoencoder train | autoencoder test | PCA train | PCA test "
                        + "| ratio train | ratio test | probe accuracy on the codes | on the PCA codes |\n"
                        + "|---|---|---|---|---|---|---|---|---|\n").append(table);
            }
        }
        return s.toString();
    }

    private static Summary.Row find(List<Summary.Row> rows, String dataset, String model, String metric) {
        for (Summary.Row r : rows) {
            if (r.dataset().equals(dataset) && r.model().equals(model) && r.metric().equals(metric)) {
                return r;
            }
        }
        return null;
    }

    /** Autoencoder mean / PCA mean. */
    private static String ratio(Summary.Row ae, Summary.Row pca) {
        return ae == null || pca == null ? "n/a" : String.format(Locale.ROOT, "%.3f", ae.mean() / pca.mean());
    }

    private static String cell(Summary.Row r) {
        return r == null ? "n/a" : String.format(Locale.ROOT, "%.4f +- %.4f", r.mean(), r.std());
    }
}
