package versus.experiment;

import java.util.List;
import versus.plot.Named;

/** {@code codes}: the split-0 autoencoder codes coloured by class (first two code units, or PCA of wider codes). */
final class CodesFigure extends AutoencoderFigure {
    CodesFigure() {
        super("codes", "autoencoder codes of split 0 coloured by class (first two code units, or PCA of the codes when wider)");
    }

    @Override
    FigureContext.Drawn figure(List<Named<versus.autoencoder.Autoencoder>> models, PreparedSplit data, Runner.Loaded l) {
        return new FigureContext.Drawn(AutoencoderFigures.codes(models, data), "Autoencoder codes on " + l.spec().name() + " (split 0"
                + (l.spec().standardize() ? ", standardized inputs" : "") + "; also in codes.csv)");
    }
}
