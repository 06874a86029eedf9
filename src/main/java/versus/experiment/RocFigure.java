package versus.experiment;

import java.util.List;
import versus.eval.Predictions;
import versus.plot.Figure;
import versus.plot.Named;
import versus.plot.RocCurve;

/** {@code roc}: ROC curves from the pooled test predictions. */
final class RocFigure extends PooledCurveFigure {
    RocFigure() {
        super("roc", "ROC curves from the pooled test predictions (models with probabilities)");
    }

    @Override Figure figure(List<Named<Predictions>> models, List<String> classNames) { return RocCurve.figure(models, classNames); }

    @Override String curveName() { return "ROC"; }
}
