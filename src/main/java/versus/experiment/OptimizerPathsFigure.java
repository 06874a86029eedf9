package versus.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import versus.optim.Minimizer;
import versus.optim.OptimizerSpec;
import versus.plot.Figure;
import versus.plot.Named;
import versus.plot.OptimizerPaths;
import versus.plot.TestFunctions;
import versus.report.FigureRef;

/**
 * {@code optimizer-paths}: optimizer trajectories on 2-D test functions, or gradient descent's
 * iterates on the 1-D parabola f(x) = x^2 ({@code functions: [parabola]}); needs no data. Keys:
 * functions (quadratic, rosenbrock, beale, saddle), optimizers (gd 0.1), start (3, the parabola's
 * x0), steps (100; 30 on the parabola).
 */
final class OptimizerPathsFigure implements FigureKind {
    private static final List<String> DEFAULT_FUNCTIONS = List.of("quadratic", "rosenbrock", "beale", "saddle");

    @Override public String token() { return "optimizer-paths"; }
    @Override public String description() { return "optimizer trajectories on test functions (quadratic, rosenbrock, beale, saddle, parabola)"; }
    @Override public boolean isStatic() { return true; }
    @Override public Set<String> keys() { return Set.of("functions", "optimizers", "start", "steps"); }

    @Override
    public PlotSpec plan(ExperimentConfig.PlotConfig entry, PlotSpec spec, FigurePlanning ctx) {
        String at = spec.pointer();
        List<String> names = entry.functions() == null ? DEFAULT_FUNCTIONS : entry.functions();
        List<TestFunctions.TestFunction> functions = new ArrayList<>();
        boolean parabola = false;
        for (int j = 0; j < names.size(); j++) {
            String n = names.get(j);
            if (n.equals("parabola")) {
                parabola = true;
                continue;
            }
            int fj = j;
            functions.add(testFunction(n).orElseThrow(() -> ctx.src().error(at + "/functions/" + fj,
                    "unknown test function '" + n + "'; available: quadratic, rosenbrock, beale, saddle, parabola")));
        }
        if (parabola && !functions.isEmpty()) {
            throw ctx.src().error(at + "/functions", "parabola (1-D) cannot share a figure with 2-D functions; use two plots");
        }
        List<Named<Minimizer>> optimizers = ctx.optimizers(entry.optimizers(), at, parabola,
                "the parabola figure tabulates first-order iterates; lbfgs draws on the 2-D functions");
        int steps = ctx.steps(entry.steps(), at, parabola ? 30 : PlotSpec.DEFAULT_STEPS);
        return spec.withPaths(functions, parabola, entry.start() == null ? PlotSpec.DEFAULT_START : entry.start(), optimizers, steps);
    }

    private static Optional<TestFunctions.TestFunction> testFunction(String name) {
        for (TestFunctions.TestFunction f : TestFunctions.standard()) {
            if (f.name().toLowerCase(java.util.Locale.ROOT).startsWith(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<FigureRef> draw(PlotSpec p, FigureContext ctx, String base) throws IOException {
        if (p.parabola()) {
            List<Named<double[]>> runs = new ArrayList<>();
            for (Named<Minimizer> o : p.optimizers()) {
                double[] it = OptimizerPaths.iterates((OptimizerSpec) o.value(), p.start(), p.steps()); // plan refuses lbfgs here
                runs.add(new Named<>(o.name(), o.colour(), it));
            }
            return List.of(ctx.write(new FigureContext.Drawn(Figure.of(OptimizerPaths.parabola(runs)),
                    "Gradient descent on f(x) = x^2 from x0 = " + p.start(), OptimizerPaths.iteratesTable(runs)), base));
        }
        return List.of(ctx.write(new FigureContext.Drawn(OptimizerPaths.figure(p.functions(), p.optimizers(), p.steps()),
                "Optimizer paths on test functions (" + p.steps() + " steps)"), base));
    }
}
