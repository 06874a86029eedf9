package versus.experiment;

import java.util.List;
import versus.eval.Predictions;
import versus.plot.Figure;
import versus.plot.Named;
import versus.plot.PrCurve;

/** {@code pr}: precision-recall curves from the pooled test predictions. */
final class PrFigure extends PooledCurveFigure {
    PrFigure() {
        super("pr", "precision-recall curves from the pooled test predictions");
    }

    @Override Figure figure(List<Named<Predictions>> models, List<String> classNames) { return PrCurve.figure(models, classNames); }

    @Override String curveName() { return "Precision-recall"; }
}
