package versus.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The figure kinds {@code plots:} accepts, in the order {@code versus list plots} prints them:
 * the built-in kinds, then those found on the class path by {@link ServiceLoader}. The planner,
 * the plotter, the multi-label checks and {@code versus list plots} all read this one list.
 *
 * <p>To add a kind: write a class implementing {@link FigureKind} (usually extending
 * {@link PerDatasetFigure}, which draws one figure per data set from that data set's outcomes)
 * that owns its token, description, keys, checks and drawing. A kind of the suite itself goes
 * into {@link #BUILT_IN}; a kind living elsewhere on the class path (a test, a plug-in jar) is a
 * public class with a public no-argument constructor named by one line in
 * {@code META-INF/services/versus.experiment.FigureKind}. A loaded kind may not reuse a token.
 */
final class FigureKinds {
    private FigureKinds() {
    }

    private static final List<FigureKind> BUILT_IN = List.of(new DecisionBoundaryFigure(), new SurrogateLossesFigure(),
            new ActivationsFigure(), new LearningCurveFigure(), new OptimizerPathsFigure(), new ConfusionMatrixFigure(),
            new RocFigure(), new PrFigure(), new FoldScoresFigure(), new GradientNormsFigure(), new CriticalDifferenceFigure(),
            new LinearRegionsFigure(), new LossSurfaceFigure(), new ObjectiveVsTimeFigure(), new CodesFigure(),
            new ReconstructionsFigure());

    /** Every kind: the built-in ones, then the ones registered through {@link ServiceLoader}. */
    static final List<FigureKind> ALL = load();

    private static List<FigureKind> load() {
        List<FigureKind> all = new ArrayList<>(BUILT_IN);
        for (FigureKind k : ServiceLoader.load(FigureKind.class, FigureKinds.class.getClassLoader())) {
            if (byToken(all, k.token()).isPresent()) {
                throw new IllegalStateException("figure kind " + k.getClass().getName() + " reuses the token '" + k.token() + "'");
            }
            all.add(k);
        }
        return List.copyOf(all);
    }

    private static Optional<FigureKind> byToken(List<FigureKind> kinds, String token) {
        for (FigureKind k : kinds) {
            if (k.token().equals(token)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The kind named {@code token}, if any. */
    static Optional<FigureKind> find(String token) {
        return byToken(ALL, token);
    }

    /** The kind named {@code token} (the {@code kind:} of the plot at {@code at}); a located error when missing or unknown. */
    static FigureKind parse(String token, YamlSource src, String at) {
        if (token == null) {
            throw src.error(at, "a plot needs 'kind': one of " + descriptions().keySet());
        }
        return find(token).orElseThrow(() -> src.error(at + "/kind",
                "unknown plot '" + token + "'; available: " + String.join(", ", descriptions().keySet())));
    }

    /** Token -> one-line description, in order: what {@code versus list plots} prints. */
    static Map<String, String> descriptions() {
        Map<String, String> m = new LinkedHashMap<>();
        for (FigureKind k : ALL) {
            m.put(k.token(), k.description());
        }
        return m;
    }

    /** "a", "a and b", "a, b and c": the kinds that read plot key {@code key}, for the error when another kind is given it. */
    static String havingKey(String key) {
        List<String> tokens = new ArrayList<>();
        for (FigureKind k : ALL) {
            if (k.keys().contains(key)) {
                tokens.add(k.token());
            }
        }
        if (tokens.size() <= 1) {
            return String.join("", tokens);
        }
        return String.join(", ", tokens.subList(0, tokens.size() - 1)) + " and " + tokens.get(tokens.size() - 1);
    }
}
