package versus.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import versus.experiment.ExperimentConfig.OptimizerConfig;
import versus.optim.Adam;
import versus.optim.Lbfgs;
import versus.optim.Momentum;
import versus.optim.Schedule;
import versus.optim.Sgd;

/** The optimizer kinds: one entry per name, and the defaults they say are the defaults they build. */
class OptimizerKindsTest {
    private static final OptimizerConfig EMPTY = new OptimizerConfig(null, null, null, null, null, null, null, null, null, null, null, null);

    /** Inputs that hand the default rate straight to a constant schedule, as an entry without learning-rate gets. */
    private static final OptimizerKind.Inputs DEFAULTS = new OptimizerKind.Inputs() {
        @Override public Schedule schedule(double defaultRate) { return new Schedule.Constant(defaultRate); }
        @Override public double l2Lambda(String what) { return 0.01; }
        @Override public <T> T parse(String key, Supplier<T> make) { return make.get(); }
    };

    @Test
    void namesAreUniqueAndOnlyLbfgsIsNotFirstOrder() {
        Set<String> seen = new HashSet<>();
        OptimizerKinds.ALL.forEach(k -> assertTrue(seen.add(k.name()), k.name()));
        assertEquals(List.of("gd", "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "pegasos"), OptimizerKinds.names(true));
        assertFalse(OptimizerKinds.find("lbfgs").firstOrder());
    }

    @Test
    void adamBuiltFromNothingHasThePapersDefaultsAndSaysSo() {
        OptimizerKind adam = OptimizerKinds.find("adam");
        Adam built = (Adam) adam.builder().build(EMPTY, DEFAULTS);
        assertEquals(new Adam(new Schedule.Constant(0.001), 0.9, 0.999, 1e-8), built);
        assertTrue(adam.description().endsWith("learning-rate 0.001, beta1 0.9, beta2 0.999, epsilon 1e-8"), adam.description());
    }

    @Test
    void otherDefaultsComeFromTheOptimizerClasses() {
        assertEquals(new Momentum(new Schedule.Constant(Sgd.DEFAULT_RATE), 0.9, true),
                OptimizerKinds.find("nesterov").builder().build(EMPTY, DEFAULTS));
        assertEquals(new Lbfgs(10, 1e-6), OptimizerKinds.find("lbfgs").builder().build(EMPTY, DEFAULTS));
        // pegasos: rate 1 / (lambda (t + t0)) with t0 = lambda^(-3/4) = 31.62... at lambda 0.01
        assertEquals(new Sgd(new Schedule.Inverse(100, Math.pow(0.01, -0.75))), OptimizerKinds.find("pegasos").builder().build(EMPTY, DEFAULTS));
        assertTrue(OptimizerKinds.find("lbfgs").description().contains("memory (10), tolerance (1e-6"));
    }

    @Test
    void defaultsAreWrittenAsAReaderWritesThem() {
        assertEquals("0.01", Registry.number(0.01));
        assertEquals("1e-8", Registry.number(1e-8));
        assertEquals("2.5e-7", Registry.number(2.5e-7));
        assertEquals("10", Registry.number(10));
        assertEquals("0.999", Registry.number(0.999));
    }
}
