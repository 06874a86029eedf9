package versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Same seed, same numbers" across machines, not only across thread counts. The bundled OpenBLAS
 * chooses its dgemm kernel from the CPU at load time, and the kernels round differently; the
 * environment variable {@code OPENBLAS_CORETYPE} forces that choice, so two child JVMs given two
 * core types stand for two machines. A default run (no {@code -Dversus.blas}) of a small
 * autoencoder and MLP on the 8x8 digits must give the same folds.csv and history.csv (timings
 * aside) under the Haswell kernel with one thread and the Prescott kernel with two. With OpenBLAS
 * as the default back end (before {@link DenseKernels} defaulted to Java) the two runs differed
 * from the first fold on. Linux x86-64 only (the core types are x86 kernels; the Haswell one needs
 * AVX2 and FMA).
 */
class SameNumbersOnEveryCpuTest {
    @TempDir
    Path dir;

    private static final String YAML = String.join("\n",
            "name: cpu-independence",
            "seed: 4",
            "datasets:",
            "  - {path: " + Path.of("datasets/digits.csv.gz").toAbsolutePath() + ", name: digits}",
            "protocol: {kind: kfold, k: 3}",
            "models:",
            "  - {name: ae, model: autoencoder, hidden: [32, 2, 32], activation: tanh, optimizer: {kind: adam, learning-rate: 0.003},"
                    + " epochs: 6, batch-size: 32}",
            "  - {name: mlp, model: mlp, hidden: [64], activation: relu, optimizer: {kind: adam, learning-rate: 0.001},"
                    + " epochs: 6, batch-size: 64}",
            "metrics: [accuracy]",
            "");

    @Test
    void defaultRunGivesTheSameNumbersWhicheverKernelTheCpuSelectsAndOnAnyThreadCount() throws Exception {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        assumeTrue(os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64")), "x86-64 Linux only");
        String cpu = Files.readString(Path.of("/proc/cpuinfo"));
        assumeTrue(cpu.contains(" avx2") && cpu.contains(" fma"), "the Haswell kernel needs AVX2 and FMA");
        assumeTrue(System.getProperty("versus.blas") == null, "checks the default back end");

        Path yaml = dir.resolve("exp.yaml");
        Files.writeString(yaml, YAML);
        Path haswell = run(yaml, "Haswell", 1);
        Path prescott = run(yaml, "Prescott", 2);
        for (String file : List.of("folds.csv", "history.csv", "summary.csv")) {
            String a = withoutTimings(haswell.resolve(file));
            assertTrue(a.contains("digits,ae,") && a.contains("digits,mlp,"), file);
            assertEquals(a, withoutTimings(prescott.resolve(file)), file + " depends on the CPU's dgemm kernel or the thread count");
        }
    }

    /** {@code versus run} in a child JVM with this test's class path and OpenBLAS forced to {@code coreType}. */
    private Path run(Path yaml, String coreType, int threads) throws IOException, InterruptedException {
        Path out = dir.resolve(coreType + "-t" + threads);
        Path log = dir.resolve(coreType + ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "versus.experiment.Main",
                "run", yaml.toString(), "--out", out.toString(), "--threads", Integer.toString(threads), "--quiet");
        pb.environment().put("OPENBLAS_CORETYPE", coreType);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("versus run under " + coreType + " did not finish in 180 s");
        }
        assertEquals(0, p.exitValue(), () -> coreType + ": " + readQuietly(log));
        return out;
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String withoutTimings(Path p) throws IOException {
        return Files.readAllLines(p).stream().filter(l -> !l.contains("seconds")).collect(Collectors.joining("\n"));
    }
}
