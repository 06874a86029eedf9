package versus.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import versus.data.DataFormatException;
import versus.report.ResultsWriter;
import versus.report.RunRecord;

/**
 * The {@code versus} command line (DESIGN.md section 3). Exit codes: 0 success; 2 bad usage, bad
 * YAML or bad data, with a one-line {@code FILE:LINE:COL: message}; 1 anything else, with a
 * one-line cause. Never prints a stack trace unless {@code VERSUS_DEBUG} is set.
 */
@Command(name = "versus", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Trains neural networks, SVMs and logistic regression on one core and compares them honestly.",
        subcommands = {Main.Run.class, Main.Validate.class, Main.ListNames.class, Main.Compare.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (System.getenv("VERSUS_DEBUG") != null) {
                e.printStackTrace();
            }
            PrintWriter err = line.getErr();
            if (e instanceof ConfigException || e instanceof DataFormatException) {
                err.println(e.getMessage());
                return BAD_INPUT;
            }
            err.println("versus: error: " + oneLine(e));
            return FAILURE;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            cl.getErr().println("versus: error: out of memory (" + oneLine(e) + "); run with more heap, e.g. "
                    + "JAVA_TOOL_OPTIONS=-Xmx8g, or with fewer threads (--threads)");
            return FAILURE;
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/versus/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** picocli's --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"versus " + version() + " (Java " + System.getProperty("java.version") + ")"};
        }
    }

    /** Reads and checks every file first, so a mistake in the last file still stops the run before anything is written. */
    static List<Runner.Prepared> prepareAll(List<Path> files) {
        List<Runner.Prepared> out = new ArrayList<>();
        for (Path f : files) {
            out.add(Runner.prepare(PlanBuilder.build(YamlSource.read(f))));
        }
        return out;
    }

    /** One line per data file read: its label and how it was chosen, and the columns dropped (the report has the rest). */
    static void printDataLines(Runner.Prepared p, java.io.PrintStream to) {
        for (Runner.Loaded l : p.data()) {
            if (l.notes().labelChoice() != versus.data.DataNotes.LabelChoice.GENERATED) {
                to.println(l.notes().headline(l.spec().name()));
            }
        }
    }

    @Command(name = "run", description = "Runs experiments and writes results/<name>/ (or --out).", mixinStandardHelpOptions = true)
    static final class Run implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "experiment YAML files")
        List<Path> files;

        @Option(names = "--out", paramLabel = "DIR", description = "results folder (one experiment) or parent folder (several); default results/<name>")
        Path out;

        @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores); results do not depend on it")
        Integer threads;

        @Option(names = "--quiet", description = "no progress output")
        boolean quiet;

        @Option(names = "--resume", description = "reuse the finished model x split tasks of an interrupted run of the same "
                + "experiment (same YAML, data and version); the results are the same as an uninterrupted run's")
        boolean resume;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (n < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1, got " + n);
            }
            List<Runner.Prepared> prepared = prepareAll(files);
            if (!quiet) {
                prepared.forEach(p -> printDataLines(p, System.err));
            }
            for (Runner.Prepared p : prepared) {
                Path target = out == null ? Path.of("results", p.plan().name())
                        : prepared.size() == 1 ? out : out.resolve(p.plan().name());
                TaskJournal journal = TaskJournal.open(target, p, version(), resume, System.err);
                RunRecord record = Runner.execute(p, n, quiet ? Progress.silent() : Progress.console(p.plan().name()), version(), journal);
                Plotter plotter = new Plotter(p, record);
                ResultsWriter.write(record, target, folder -> {
                    AutoencoderFigures.writeCodes(p, record, folder); // inside the temporary folder: atomic with the rest
                    return plotter.draw(folder);
                });
                journal.delete();
                for (versus.report.Summary.ConvergenceWarning w : versus.report.Summary.convergence(record)) {
                    System.err.println(p.plan().name() + ": warning: " + w.describe());
                }
                if (!quiet) {
                    long failed = record.outcomes().stream().filter(o -> o.failed()).count();
                    System.err.printf(java.util.Locale.ROOT, "%s: %d tasks%s in %.1f s%s -> %s%n", p.plan().name(),
                            record.outcomes().size(), journal.reused() > 0 ? " (" + journal.reused() + " reused)" : "", record.totalSeconds(),
                            failed > 0 ? ", " + failed + " failed (see report.md)" : "", target);
                }
            }
            return 0;
        }
    }

    @Command(name = "validate", description = "Checks experiment files (YAML, names, values, data files) without training.",
            mixinStandardHelpOptions = true)
    static final class Validate implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Override
        public Integer call() {
            for (Runner.Prepared p : prepareAll(files)) {
                printDataLines(p, System.out);
                System.out.printf(java.util.Locale.ROOT, "%s: ok (%d datasets, %d models, %d train/test tasks)%n",
                        p.plan().source().file(), p.data().size(), p.plan().models().size(), p.tasks());
            }
            return 0;
        }
    }

    @Command(name = "compare", description = "Prints what changed between two results folders (their summary.csv).",
            mixinStandardHelpOptions = true)
    static final class Compare implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RESULTS_A")
        Path a;

        @Parameters(index = "1", paramLabel = "RESULTS_B")
        Path b;

        @Override
        public Integer call() {
            try {
                System.out.print(versus.report.Comparison.render(a, b));
                return 0;
            } catch (IOException e) {
                System.err.println(e.getMessage());
                return BAD_INPUT;
            }
        }
    }

    @Command(name = "list", description = "Lists the names the experiment YAML accepts.", mixinStandardHelpOptions = true)
    static final class ListNames implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "WHAT", description = "models, losses, optimizers, schedules, regularizers, inits, activations, metrics, protocols, plots")
        String what;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<String> which = what == null ? Registry.categories() : List.of(what);
            if (what != null && !Registry.categories().contains(what)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "unknown list '" + what + "'; choose one of " + String.join(", ", Registry.categories()));
            }
            for (String w : which) {
                Map<String, String> names = Registry.list(w);
                if (which.size() > 1) {
                    System.out.println(w + ":");
                }
                if (names.isEmpty()) {
                    System.out.println((which.size() > 1 ? "  " : "") + "(none in this version)");
                }
                int width = 0;
                for (String k : names.keySet()) {
                    width = Math.max(width, k.length());
                }
                for (Map.Entry<String, String> e : names.entrySet()) {
                    System.out.printf("%s%-" + width + "s  %s%n", which.size() > 1 ? "  " : "", e.getKey(), e.getValue());
                }
            }
            return 0;
        }
    }
}
