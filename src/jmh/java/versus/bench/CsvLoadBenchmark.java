package versus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import versus.data.Dataset;
import versus.data.DatasetLoader;
import versus.data.LoadOptions;

/**
 * Time to load the 200,000 x 100 numeric CSV written by {@code scripts/bench/make_csv.py}, from
 * disk (page cache) to a {@link Dataset}, on all cores. Compare with
 * {@code scripts/bench/numpy_loadtxt.py} on the same file: MB/s = file size / time per op.
 *
 * <pre>
 * python3 scripts/bench/make_csv.py
 * mvn -q -o -P bench package -DskipTests
 * java -jar target/benchmarks.jar CsvLoadBenchmark [-p path=/other/file.csv]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class CsvLoadBenchmark {
    @Param("/tmp/versus-bench-200k.csv")
    public String path;

    private Path file;

    @Setup
    public void check() {
        file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: run python3 scripts/bench/make_csv.py first");
        }
    }

    @Benchmark
    public Dataset load() {
        return DatasetLoader.load(file, "bench", LoadOptions.defaults());
    }
}
