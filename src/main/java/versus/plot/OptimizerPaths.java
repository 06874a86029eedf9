package versus.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import versus.optim.Lbfgs;
import versus.optim.LbfgsSolver;
import versus.optim.Minimizer;
import versus.optim.Optimizer;
import versus.optim.OptimizerSpec;
import versus.plot.TestFunctions.TestFunction;

/**
 * Optimizers on test functions: each {@link OptimizerSpec} runs from the same start for N steps
 * of {@link Optimizer#step} with the analytic gradient ({@link Lbfgs}: N iterations, each with its
 * line search, or fewer when it converges), and its iterates are drawn over the
 * function's contours (pale bands between log-spaced levels, grey level lines), one colour per
 * optimizer. The one-dimensional variant is the course notes' f(x) = x^2 (gradient 2x): iterates
 * as points on the parabola and as a Markdown table.
 */
public final class OptimizerPaths {
    static final int MESH = 80;
    /** About a square plot beside the legend: the windows are square. */
    static final int PANEL_WIDTH = 720;
    static final int PANEL_HEIGHT = 540;
    /** Paths up to this many steps get a marker on every iterate. */
    static final int MARKED_STEPS = 60;

    private OptimizerPaths() {
    }

    /**
     * The iterates of one optimizer, start included.
     *
     * @param diverged whether the run stopped early because an iterate was no longer finite
     */
    public record Trajectory(String name, int colour, double[] x, double[] y, boolean diverged) {
        /** Steps taken. */
        public int steps() {
            return x.length - 1;
        }
    }

    /** Runs one optimizer for {@code steps} steps (L-BFGS: iterations) from {@code start}. */
    public static Trajectory run(TestFunction f, Named<Minimizer> spec, double[] start, int steps) {
        if (spec.value() instanceof Lbfgs lbfgs) {
            return quasiNewton(f, spec, lbfgs, start, steps);
        }
        Optimizer opt = ((OptimizerSpec) spec.value()).create(2);
        double[] p = start.clone();
        double[] g = new double[2];
        double[] xs = new double[steps + 1];
        double[] ys = new double[steps + 1];
        xs[0] = p[0];
        ys[0] = p[1];
        int t = 0;
        while (t < steps) {
            f.gradient(p[0], p[1], g);
            opt.step(p, g);
            if (!Double.isFinite(p[0]) || !Double.isFinite(p[1])) {
                break;
            }
            t++;
            xs[t] = p[0];
            ys[t] = p[1];
        }
        return new Trajectory(spec.name(), spec.colour(), Arrays.copyOf(xs, t + 1), Arrays.copyOf(ys, t + 1), t < steps);
    }

    /** L-BFGS iterates on f until {@code steps} iterations, convergence or a stall. */
    private static Trajectory quasiNewton(TestFunction f, Named<Minimizer> spec, Lbfgs lbfgs, double[] start, int steps) {
        LbfgsSolver solver = lbfgs.create((p, g) -> {
            f.gradient(p[0], p[1], g);
            return f.value(p[0], p[1]);
        }, 2);
        solver.start(start);
        double[] xs = new double[steps + 1];
        double[] ys = new double[steps + 1];
        xs[0] = start[0];
        ys[0] = start[1];
        int t = 0;
        boolean diverged = false;
        while (t < steps) {
            LbfgsSolver.Status status = solver.iterate();
            if (status == LbfgsSolver.Status.CONVERGED || status == LbfgsSolver.Status.STALLED) {
                break;
            }
            double[] p = solver.position();
            if (!Double.isFinite(p[0]) || !Double.isFinite(p[1]) || !Double.isFinite(solver.value())) {
                diverged = true;
                break;
            }
            t++;
            xs[t] = p[0];
            ys[t] = p[1];
        }
        return new Trajectory(spec.name(), spec.colour(), Arrays.copyOf(xs, t + 1), Arrays.copyOf(ys, t + 1), diverged);
    }

    /** One panel per function, every optimizer from the function's customary start. */
    public static Figure figure(List<TestFunction> functions, List<Named<Minimizer>> specs, int steps) {
        List<XYChart> panels = new ArrayList<>();
        for (TestFunction f : functions) {
            panels.add(chart(f, specs, f.start(), steps));
        }
        return Figure.grid(panels);
    }

    /** Every optimizer on one function from {@code start}. */
    public static XYChart chart(TestFunction f, List<Named<Minimizer>> specs, double[] start, int steps) {
        List<Trajectory> paths = new ArrayList<>();
        for (Named<Minimizer> s : specs) {
            paths.add(run(f, s, start, steps));
        }
        return chart(f, paths);
    }

    /** Trajectories over the contours of {@code f}. */
    public static XYChart chart(TestFunction f, List<Trajectory> paths) {
        double[] b = f.box();
        int steps = paths.stream().mapToInt(Trajectory::steps).max().orElse(0);
        // a path of up to MARKED_STEPS steps marks every iterate, a longer one every k-th: each marker is an SVG element
        int longest = Math.max(1, (steps + MARKED_STEPS - 1) / MARKED_STEPS);
        XYChart c = Style.xy(f.name() + " (" + steps + " steps" + (longest > 1 ? "; long paths dotted every " + longest : "") + ")",
                "x", "y", PANEL_WIDTH, PANEL_HEIGHT);
        Style.range(c, b[0], b[1], b[2], b[3]);
        contours(c, f);
        for (Trajectory p : paths) {
            double last = f.value(p.x()[p.steps()], p.y()[p.steps()]);
            String label = p.diverged() || !Double.isFinite(last) ? p.name() + ": diverged at step " + (p.steps() + 1)
                    : p.name() + ": f = " + Style.significant(last, 3);
            java.awt.Color colour = Palette.forModel(p.colour());
            int every = Math.max(1, (p.steps() + MARKED_STEPS - 1) / MARKED_STEPS);
            if (every == 1) {
                Style.line(c, label, p.x(), p.y(), colour, 1.6f).setMarker(SeriesMarkers.CIRCLE).setMarkerColor(colour);
            } else {
                Style.line(c, label, p.x(), p.y(), colour, 1.6f);
                int marks = p.steps() / every + 1;
                double[] mx = new double[marks];
                double[] my = new double[marks];
                for (int i = 0; i < marks; i++) {
                    mx[i] = p.x()[i * every];
                    my[i] = p.y()[i * every];
                }
                Style.points(c, label + " (every " + every + " steps)", mx, my, colour, SeriesMarkers.CIRCLE).setShowInLegend(false);
            }
        }
        if (!paths.isEmpty()) {
            Style.points(c, "start", new double[] {paths.get(0).x()[0]}, new double[] {paths.get(0).y()[0]}, Palette.BLACK,
                    SeriesMarkers.SQUARE);
        }
        double[] min = f.minimum();
        if (min != null) {
            Style.points(c, "minimum", new double[] {min[0]}, new double[] {min[1]}, Palette.BLACK, Markers.cross(1.6, 2f));
        }
        c.getStyler().setMarkerSize(5);
        return c;
    }

    /** Pale bands between consecutive levels under grey level lines. */
    private static void contours(XYChart c, TestFunction f) {
        double[] b = f.box();
        Mesh m = new Mesh(b[0], b[1], b[2], b[3], MESH);
        double[] v = new double[m.size()];
        for (int j = 0; j < m.n(); j++) {
            for (int i = 0; i < m.n(); i++) {
                v[j * m.n() + i] = f.value(m.x(i), m.y(j));
            }
        }
        LevelBands.draw(c, m, v, f.levels(), "level sets of f", 1); // many paths on top: keep the SVG small
    }

    /** The course notes' one-dimensional example: gradient descent (or any optimizer) on f(x) = x^2. */
    public static double[] iterates(OptimizerSpec spec, double x0, int steps) {
        Optimizer opt = spec.create(1);
        double[] x = {x0};
        double[] g = new double[1];
        double[] out = new double[steps + 1];
        out[0] = x0;
        for (int t = 1; t <= steps; t++) {
            g[0] = 2 * x[0];
            opt.step(x, g);
            out[t] = x[0];
        }
        return out;
    }

    /** Iterates of f(x) = x^2 as points on the parabola, joined in order, one colour per run. */
    public static XYChart parabola(List<Named<double[]>> runs) {
        double reach = 1;
        for (Named<double[]> r : runs) {
            for (double x : r.value()) {
                if (Double.isFinite(x)) {
                    reach = Math.max(reach, Math.abs(x));
                }
            }
        }
        reach *= 1.1;
        XYChart c = Style.xy("Gradient steps on f(x) = x\u00b2", "x", "f(x)");
        Style.range(c, -reach, reach, -0.04 * reach * reach, reach * reach * 1.04);
        double[] xs = Sampling.withJumps(-reach, reach, (int) Math.ceil(400 / (2 * reach)));
        Style.curve(c, "f(x) = x\u00b2", xs, Sampling.map(xs, x -> x * x), Palette.GREY, Style.LINE);
        for (Named<double[]> r : runs) {
            double[] x = r.value();
            Style.line(c, r.name(), x, Sampling.map(x, v -> v * v), r.ink(), 1.2f).setMarker(SeriesMarkers.CIRCLE)
                    .setMarkerColor(r.ink());
        }
        return c;
    }

    /**
     * The iterates as a Markdown table: one row per step t, per run the columns x_t and f(x_t),
     * to 6 significant digits (as the notes print them: 2.4, -1.44, 0.864, ...).
     */
    public static String iteratesTable(List<Named<double[]>> runs) {
        StringBuilder s = new StringBuilder("| t |");
        StringBuilder rule = new StringBuilder("|---:|");
        int rows = 0;
        for (Named<double[]> r : runs) {
            String name = r.name().replace("|", "\\|");
            s.append(" x_t (").append(name).append(") | f(x_t) (").append(name).append(") |");
            rule.append("---:|---:|");
            rows = Math.max(rows, r.value().length);
        }
        s.append('\n').append(rule).append('\n');
        for (int t = 0; t < rows; t++) {
            s.append("| ").append(t).append(" |");
            for (Named<double[]> r : runs) {
                double[] x = r.value();
                if (t < x.length) {
                    s.append(' ').append(Style.significant(x[t], 6)).append(" | ").append(Style.significant(x[t] * x[t], 6)).append(" |");
                } else {
                    s.append("  |  |");
                }
            }
            s.append('\n');
        }
        return s.toString();
    }
}
