package versus.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.eval.Outcome;
import versus.eval.Split;

/** {@code versus run --resume}: an interrupted run, resumed, writes what an uninterrupted run writes. */
class ResumeTest {
    @TempDir
    Path dir;

    private static final String YAML = String.join("\n",
            "name: resumable",
            "seed: 3",
            "datasets:",
            "  - {generator: gauss, n: 120, name: g}",
            "  - {generator: xor, n: 150, name: x}",
            "protocol: {kind: kfold, k: 3}",
            "models:",
            "  - {name: lr, model: linear, loss: logistic, optimizer: {kind: adam, learning-rate: 0.05}, epochs: 15, batch-size: 8}",
            "  - {name: mlp, model: mlp, hidden: [8], activation: tanh, optimizer: {kind: adam, learning-rate: 0.02}, epochs: 20}",
            "  - {name: svm, model: kernel-svm, kernel: rbf, C: 2}",
            "metrics: [accuracy, log-loss]",
            "");

    /** Hands tasks on to the journal until {@code limit} are kept, then fails as a killed run would stop. */
    private static final class Interrupting implements TaskStore {
        private final TaskStore journal;
        private final int limit;
        private final AtomicInteger kept = new AtomicInteger();

        Interrupting(TaskStore journal, int limit) {
            this.journal = journal;
            this.limit = limit;
        }

        @Override
        public Optional<Outcome> finished(String dataset, Split split, String model) {
            return journal.finished(dataset, split, model);
        }

        @Override
        public void record(Outcome outcome) {
            if (kept.incrementAndGet() > limit) {
                throw new IllegalStateException("interrupted for the test");
            }
            journal.record(outcome);
        }
    }

    private Path yaml(String text) throws IOException {
        return Files.writeString(dir.resolve("resumable.yaml"), text);
    }

    /** Runs the experiment into {@code out} and stops it after {@code tasks} finished tasks. */
    private void interrupt(Path yaml, Path out, int tasks) {
        Runner.Prepared p = Runner.prepare(PlanBuilder.build(YamlSource.read(yaml)));
        TaskJournal journal = TaskJournal.open(out, p, Main.version(), false, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, () -> Runner.execute(p, 1, Progress.silent(), Main.version(),
                new Interrupting(journal, tasks)));
    }

    private static long taskFiles(Path journal) throws IOException {
        try (Stream<Path> s = Files.list(journal)) {
            return s.filter(p -> p.toString().endsWith(".task")).count();
        }
    }

    private void assertSameResults(Path a, Path b) throws IOException {
        for (String f : List.of("summary.csv", "folds.csv", "history.csv")) { // elapsed-seconds in history is a timing too
            assertEquals(MainTest.withoutTimings(a.resolve(f)), MainTest.withoutTimings(b.resolve(f)), f);
        }
    }

    @Test
    void resumedRunReusesFinishedTasksAndEqualsAnUninterruptedRun() throws IOException {
        Path yaml = yaml(YAML);
        Path fresh = dir.resolve("fresh");
        assertEquals(0, MainTest.call("run", yaml.toString(), "--out", fresh.toString(), "--quiet").code());
        assertFalse(Files.exists(TaskJournal.folderFor(fresh)), "a finished run leaves no journal");

        Path out = dir.resolve("out");
        interrupt(yaml, out, 7);
        Path journal = TaskJournal.folderFor(out);
        assertEquals(dir.resolve(".out.partial"), journal);
        assertEquals(7, taskFiles(journal));
        assertFalse(Files.exists(out), "an interrupted run writes no results");

        MainTest.Call c = MainTest.call("run", yaml.toString(), "--out", out.toString(), "--threads", "2", "--resume");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.err().contains("reusing 7 finished tasks of 18"), c.err());
        assertTrue(c.err().contains("18 tasks (7 reused)"), c.err());
        assertSameResults(fresh, out);
        assertFalse(Files.exists(journal), "the journal is deleted once the results are written");
    }

    @Test
    void aChangedExperimentNeverReusesTheJournal() throws IOException {
        Path out = dir.resolve("out");
        interrupt(yaml(YAML), out, 5);
        Path changed = yaml(YAML.replace("learning-rate: 0.05", "learning-rate: 0.04"));
        MainTest.Call c = MainTest.call("run", changed.toString(), "--out", out.toString(), "--quiet", "--resume");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.err().contains("is from a different configuration (YAML, data or Versus version changed); starting fresh"), c.err());
        Path fresh = dir.resolve("fresh");
        assertEquals(0, MainTest.call("run", changed.toString(), "--out", fresh.toString(), "--quiet").code());
        assertSameResults(fresh, out);
    }

    @Test
    void changedDataAlsoChangesTheFingerprint() throws IOException {
        Path out = dir.resolve("out");
        interrupt(yaml(YAML), out, 5);
        Path moreRows = yaml(YAML.replace("n: 150", "n: 151"));
        MainTest.Call c = MainTest.call("run", moreRows.toString(), "--out", out.toString(), "--quiet", "--resume");
        assertTrue(c.err().contains("starting fresh"), c.err());
        // layout and comments are not configuration
        Path reformatted = yaml("# a comment\n" + YAML.replace("protocol: {kind: kfold, k: 3}", "protocol:\n  kind: kfold\n  k: 3"));
        interrupt(reformatted, out, 4);
        Path same = yaml(YAML);
        assertTrue(MainTest.call("run", same.toString(), "--out", out.toString(), "--quiet", "--resume").err()
                .contains("reusing 4 finished tasks"));
    }

    @Test
    void aCorruptJournalFileIsReportedAndItsTaskRunsAgain() throws IOException {
        Path yaml = yaml(YAML);
        Path out = dir.resolve("out");
        interrupt(yaml, out, 6);
        Path journal = TaskJournal.folderFor(out);
        List<Path> files;
        try (Stream<Path> s = Files.list(journal)) {
            files = s.filter(p -> p.toString().endsWith(".task")).sorted().toList();
        }
        Files.write(files.get(0), new byte[] {0, 0, 0, 3, 'b', 'a', 'd'});
        byte[] whole = Files.readAllBytes(files.get(1));
        Files.write(files.get(1), java.util.Arrays.copyOf(whole, whole.length / 2));
        MainTest.Call c = MainTest.call("run", yaml.toString(), "--out", out.toString(), "--quiet", "--resume");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.err().contains(files.get(0) + " is unreadable (not a Versus task record"), c.err());
        assertTrue(c.err().contains(files.get(1) + " is unreadable ("), c.err());
        assertTrue(c.err().contains("reusing 4 finished tasks"), c.err());
        assertFalse(c.err().contains("Exception"), c.err());
        Path fresh = dir.resolve("fresh");
        assertEquals(0, MainTest.call("run", yaml.toString(), "--out", fresh.toString(), "--quiet").code());
        assertSameResults(fresh, out);
    }

    @Test
    void withoutResumeALeftoverJournalIsReplacedAndResumeWithoutJournalRunsEverything() throws IOException {
        Path yaml = yaml(YAML);
        Path out = dir.resolve("out");
        interrupt(yaml, out, 3);
        MainTest.Call c = MainTest.call("run", yaml.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.err().contains("replacing the journal of an interrupted run in " + TaskJournal.folderFor(out)), c.err());
        MainTest.Call again = MainTest.call("run", yaml.toString(), "--out", out.toString(), "--quiet", "--resume");
        assertTrue(again.err().contains("no interrupted run to resume"), again.err());
    }

    @Test
    void figuresRetrainPreparedSplitInsteadOfStoringModels() throws IOException {
        Path yaml = yaml(YAML + "plots: [{kind: decision-boundary, datasets: [g]}]\n");
        Path out = dir.resolve("out");
        interrupt(yaml, out, 18 - 1);
        MainTest.Call c = MainTest.call("run", yaml.toString(), "--out", out.toString(), "--resume");
        assertEquals(0, c.code(), c.err());
        // 17 journaled; the 6 split-0 tasks (2 datasets x 3 models) run again for the classifiers the figure needs
        assertTrue(c.err().contains("18 tasks (11 reused)"), c.err());
        assertTrue(Files.size(out.resolve("plots/decision-boundary-g.png")) > 0);
        Path fresh = dir.resolve("fresh");
        assertEquals(0, MainTest.call("run", yaml.toString(), "--out", fresh.toString(), "--quiet").code());
        assertSameResults(fresh, out);
    }

    @Test
    void multiLabelPredictionsSurviveTheJournal() throws IOException {
        Path yaml = yaml(String.join("\n",
                "name: resumable",
                "seed: 3",
                "datasets:",
                "  - {generator: multilabel, n: 90, name: topics}",
                "protocol: {kind: kfold, k: 3}",
                "models:",
                "  - {name: ss, model: structured-svm, label-pairs: true, epochs: 5}",
                "  - {name: br, model: linear, loss: hinge, multi-label: binary-relevance, epochs: 5}",
                "metrics: [hamming-loss, subset-accuracy, example-f1]",
                ""));
        Path fresh = dir.resolve("fresh");
        assertEquals(0, MainTest.call("run", yaml.toString(), "--out", fresh.toString(), "--quiet").code());
        Path out = dir.resolve("out");
        interrupt(yaml, out, 4);
        MainTest.Call c = MainTest.call("run", yaml.toString(), "--out", out.toString(), "--quiet", "--resume");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.err().contains("reusing 4 finished tasks of 6"), c.err());
        assertSameResults(fresh, out);
    }
}
