package versus.experiment;

import java.util.List;
import java.util.Optional;
import versus.eval.Outcome;
import versus.plot.Named;

/**
 * A figure of the autoencoders of split 0: their codes ({@link CodesFigure}) or their
 * reconstructions ({@link ReconstructionsFigure}). The plot needs at least one model it can read
 * a single network from.
 */
abstract class AutoencoderFigure extends PerDatasetFigure {
    AutoencoderFigure(String token, String description) {
        super(token, description);
    }

    @Override
    public PlotSpec plan(ExperimentConfig.PlotConfig entry, PlotSpec spec, FigurePlanning ctx) {
        if (ctx.drawn(spec).stream().noneMatch(AutoencoderPlanner::isAutoencoder)) {
            throw ctx.src().error(spec.pointer() + "/kind", "plot " + token() + " draws autoencoders and " + FigurePlanning.whose(spec)
                    + " none that it can read; add a model with 'model: autoencoder' (one wrapped in "
                    + "multi-label: binary-relevance or tuned by a grid over 'model' has no single network to draw)");
        }
        return spec;
    }

    /** The figure of {@code models} on split 0 of {@code l}. */
    abstract FigureContext.Drawn figure(List<Named<versus.autoencoder.Autoencoder>> models, PreparedSplit data, Runner.Loaded l);

    @Override
    final Optional<FigureContext.Drawn> drawOn(PlotSpec p, FigureContext ctx, Runner.Loaded l, List<Outcome> mine) {
        List<Named<versus.autoencoder.Autoencoder>> models = AutoencoderFigures.autoencoders(mine, ctx::colour);
        return models.isEmpty() ? Optional.empty() : Optional.of(figure(models, PreparedSplit.of(l), l));
    }
}
