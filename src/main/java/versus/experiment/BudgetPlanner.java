package versus.experiment;

import java.util.Optional;
import versus.experiment.ExperimentConfig.BudgetConfig;
import versus.train.Budget;

/** The top-level {@code budget:} key: exactly one of {@code epochs}, {@code gradient-evaluations}, {@code seconds}. */
final class BudgetPlanner {
    static final String AT = "/budget";

    private final YamlSource src;
    private final ConfigChecks check;

    BudgetPlanner(ConfigChecks check) {
        this.check = check;
        this.src = check.source();
    }

    Optional<Budget> budget(BudgetConfig b) {
        if (b == null) {
            return Optional.empty();
        }
        int given = (b.epochs() == null ? 0 : 1) + (b.gradientEvaluations() == null ? 0 : 1) + (b.seconds() == null ? 0 : 1);
        if (given != 1) {
            throw src.error(AT, "budget takes exactly one of epochs, gradient-evaluations or seconds, got " + given);
        }
        if (b.epochs() != null) {
            return Optional.of(check.parse(AT + "/epochs", () -> new Budget.Epochs(b.epochs())));
        }
        if (b.gradientEvaluations() != null) {
            return Optional.of(check.parse(AT + "/gradient-evaluations", () -> new Budget.GradientEvaluations(b.gradientEvaluations())));
        }
        return Optional.of(check.parse(AT + "/seconds", () -> new Budget.Seconds(b.seconds())));
    }
}
