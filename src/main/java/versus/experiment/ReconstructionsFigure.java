package versus.experiment;

import java.util.List;
import versus.data.Dataset;
import versus.plot.Named;

/** {@code reconstructions}: test images of split 0 beside their autoencoder and PCA reconstructions (square feature counts). */
final class ReconstructionsFigure extends AutoencoderFigure {
    ReconstructionsFigure() {
        super("reconstructions", "original vs autoencoder (and PCA) reconstructed test images of split 0 (square feature counts)");
    }

    @Override
    public void checkData(PlotSpec spec, String dataset, Dataset d, YamlSource src) {
        if (!AutoencoderFigures.isSquare(d.cols())) {
            throw src.error(spec.pointer(), "reconstructions draws square images and dataset '" + dataset + "' has "
                    + d.cols() + " features, not a square number; restrict the plot with datasets: [...] to image data");
        }
    }

    @Override
    FigureContext.Drawn figure(List<Named<versus.autoencoder.Autoencoder>> models, PreparedSplit data, Runner.Loaded l) {
        return new FigureContext.Drawn(AutoencoderFigures.reconstructions(models, data), "Test images of " + l.spec().name()
                + " and their reconstructions (split 0; models and PCA fitted on the training part)");
    }
}
