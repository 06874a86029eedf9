package versus.experiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import versus.eval.Outcome;
import versus.eval.OutcomeCodec;
import versus.eval.Split;

/**
 * The journal of a run in progress, which {@code versus run --resume} reads after an
 * interruption: a hidden folder {@code .<results-folder>.partial/} next to the results folder
 * holding a {@code fingerprint} ({@link RunFingerprint}) and one {@code <hash>.task} file per
 * finished model x split task ({@link OutcomeCodec}), each written to a temporary file and
 * renamed into place, so a crash leaves whole files or none. It is deleted once the results
 * folder is written.
 *
 * <p>A journal whose fingerprint differs (another YAML, other data, another Versus version) is
 * never reused: the run says so and starts fresh. An unreadable task file is reported in one line
 * and that task runs again. When the experiment draws figures, split 0's tasks always run again:
 * figures need the trained classifier, which the journal does not keep, and retraining from the
 * task's seed gives the same model.
 */
public final class TaskJournal implements TaskStore {
    private static final String FINGERPRINT = "fingerprint";
    private static final String SUFFIX = ".task";

    private final Path dir;
    private final Map<String, Outcome> earlier;
    private final boolean rerunPreparedSplit;
    private final AtomicInteger reused = new AtomicInteger();

    private TaskJournal(Path dir, Map<String, Outcome> earlier, boolean rerunPreparedSplit) {
        this.dir = dir;
        this.earlier = earlier;
        this.rerunPreparedSplit = rerunPreparedSplit;
    }

    /** The journal folder of a results folder: {@code .<name>.partial} beside it. */
    public static Path folderFor(Path results) {
        Path abs = results.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".partial");
    }

    /**
     * Opens the journal for a run writing {@code results}. With {@code resume} the finished tasks
     * of a matching journal are loaded; otherwise, and on a mismatch, any old journal is replaced.
     * Every decision is said in one line on {@code log}.
     */
    public static TaskJournal open(Path results, Runner.Prepared prepared, String version, boolean resume, PrintStream log) {
        Path dir = folderFor(results);
        String name = prepared.plan().name();
        String fingerprint = RunFingerprint.of(prepared, version);
        Map<String, Outcome> earlier = new ConcurrentHashMap<>();
        try {
            boolean exists = Files.isDirectory(dir);
            String found = exists && Files.isRegularFile(dir.resolve(FINGERPRINT))
                    ? Files.readString(dir.resolve(FINGERPRINT), StandardCharsets.UTF_8).strip() : "";
            if (resume && found.equals(fingerprint)) {
                load(dir, prepared, earlier, log);
                log.printf("versus: --resume: %s: reusing %d finished tasks of %d from %s%n", name, earlier.size(), prepared.tasks(), dir);
            } else {
                if (resume && exists) {
                    log.printf("versus: --resume: %s: the journal in %s is from a different configuration (YAML, data or Versus "
                            + "version changed); starting fresh%n", name, dir);
                } else if (resume) {
                    log.printf("versus: --resume: %s: no interrupted run to resume (no %s); running every task%n", name, dir);
                } else if (exists) {
                    log.printf("versus: %s: replacing the journal of an interrupted run in %s (run with --resume to reuse its "
                            + "finished tasks)%n", name, dir);
                }
                deleteFolder(dir);
                Files.createDirectories(dir);
                writeAtomically(dir.resolve(FINGERPRINT), out -> out.write((fingerprint + "\n").getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the task journal " + dir + ": " + e.getMessage(), e);
        }
        return new TaskJournal(dir, earlier, needsTrainedPreparedSplit(prepared.plan()));
    }

    /** Figures and the autoencoders' codes.csv read split 0's trained models, which the journal does not keep. */
    private static boolean needsTrainedPreparedSplit(ExperimentPlan plan) {
        return !plan.plots().isEmpty() || plan.models().stream().anyMatch(TaskJournal::isAutoencoder);
    }

    private static boolean isAutoencoder(ExperimentPlan.ModelSpec m) {
        try {
            return m.learnerFor().apply(2) instanceof versus.autoencoder.AutoencoderLearner;
        } catch (IllegalArgumentException e) {
            return false; // a coding that cannot take 2 classes: not an autoencoder either
        }
    }

    @Override
    public Optional<Outcome> finished(String dataset, Split split, String model) {
        if (rerunPreparedSplit && split.index() == 0) {
            return Optional.empty();
        }
        Outcome o = earlier.get(key(dataset, split.index(), model));
        if (o != null) {
            reused.incrementAndGet();
        }
        return Optional.ofNullable(o);
    }

    @Override
    public void record(Outcome outcome) {
        Path file = dir.resolve(fileName(outcome.dataset(), outcome.split().index(), outcome.model()));
        try {
            writeAtomically(file, out -> {
                DataOutputStream data = new DataOutputStream(out);
                OutcomeCodec.write(data, outcome);
                data.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the task journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** How many tasks this run took from the journal instead of running them. */
    public int reused() { return reused.get(); }

    /** Removes the journal (the results folder is complete). */
    public void delete() {
        try {
            deleteFolder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the task journal " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void load(Path dir, Runner.Prepared prepared, Map<String, Outcome> into, PrintStream log) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().forEach(files::add);
        }
        for (Path f : files) {
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(f))) {
                DataInputStream in = new DataInputStream(raw);
                OutcomeCodec.Key key = OutcomeCodec.readKey(in);
                Split split = splitOf(prepared, key).orElseThrow(() -> new IOException("no task " + key.dataset() + " / "
                        + key.model() + " / split " + key.split() + " in this experiment"));
                if (!f.getFileName().toString().equals(fileName(key.dataset(), key.split(), key.model()))) {
                    throw new IOException("its name does not match its task");
                }
                Outcome o = OutcomeCodec.readRest(in, key, split);
                if (in.read() != -1) {
                    throw new IOException("trailing bytes after the task record");
                }
                into.put(key(key.dataset(), key.split(), key.model()), o);
            } catch (IOException | RuntimeException e) {
                String why = e instanceof java.io.EOFException ? "it ends early"
                        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                log.printf("versus: --resume: journal file %s is unreadable (%s); that task runs again%n", f, why);
                Files.deleteIfExists(f);
            }
        }
    }

    private static Optional<Split> splitOf(Runner.Prepared prepared, OutcomeCodec.Key key) {
        boolean modelKnown = prepared.plan().models().stream()
                .anyMatch(m -> m.name().equals(key.model()) && m.runsOn(key.dataset()));
        if (!modelKnown) {
            return Optional.empty();
        }
        for (Runner.Loaded l : prepared.data()) {
            if (l.spec().name().equals(key.dataset())) {
                return l.splits().stream().filter(s -> s.index() == key.split()).findFirst();
            }
        }
        return Optional.empty();
    }

    private static String key(String dataset, int split, String model) {
        return dataset + '\u0000' + split + '\u0000' + model;
    }

    /** Names may hold any characters; the file is named by a hash of (dataset, split, model). */
    private static String fileName(String dataset, int split, String model) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key(dataset, split, model).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12) + SUFFIX;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** What a file's content is written by. */
    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes a temporary sibling, then renames it over {@code file}: readers see the old file or the whole new one. */
    private static void writeAtomically(Path file, Writer writer) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                writer.write(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void deleteFolder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
