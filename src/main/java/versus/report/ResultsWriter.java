package versus.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import versus.eval.Outcome;
import versus.train.History;

/**
 * Writes a run's results folder (DESIGN.md section 5) atomically: everything goes into a
 * temporary sibling folder which then replaces the old one by renames, so an interrupted or
 * failed run leaves the previous results as they were.
 */
public final class ResultsWriter {
    private ResultsWriter() {
    }

    public static void write(RunRecord run, Path out) {
        write(run, out, folder -> java.util.List.of());
    }

    /** Writes the results folder with the figures {@code drawer} adds (into the same temporary folder). */
    public static void write(RunRecord run, Path out, FigureRef.Drawer drawer) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
            try {
                writeAll(run, tmp, drawer.draw(tmp));
                swapInto(tmp, target);
            } catch (IOException | RuntimeException e) {
                deleteTree(tmp);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void writeAll(RunRecord run, Path dir, java.util.List<FigureRef> figures) throws IOException {
        Files.writeString(dir.resolve("config.yaml"), run.configText(), StandardCharsets.UTF_8);
        writeSummary(run, dir.resolve("summary.csv"));
        writeFolds(run, dir.resolve("folds.csv"));
        writeHistory(run, dir.resolve("history.csv"));
        writeRunJson(run, dir.resolve("run.json"));
        java.util.List<Significance.Result> tests = Significance.compute(run);
        if (!run.tests().isEmpty()) {
            writeSignificance(tests, dir.resolve("significance.csv"));
        }
        String markdown = MarkdownReport.render(run, tests, figures);
        Files.writeString(dir.resolve("report.md"), markdown, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.html"), HtmlReport.render(run.name(), markdown, dir), StandardCharsets.UTF_8);
    }

    private static void writeSummary(RunRecord run, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("dataset,model,metric,mean,std,n\n");
            for (Summary.Row r : Summary.of(run)) {
                w.write(Csv.row(r.dataset(), r.model(), r.metric(), Csv.num(r.mean()), Csv.num(r.std()), Integer.toString(r.n())));
            }
        }
    }

    private static void writeFolds(RunRecord run, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("dataset,model,split,metric,value\n");
            for (Outcome o : run.outcomes()) {
                String split = Integer.toString(o.split().index());
                for (Map.Entry<String, Double> e : o.metrics().entrySet()) {
                    w.write(Csv.row(o.dataset(), o.model(), split, e.getKey(), Csv.num(e.getValue())));
                }
            }
        }
    }

    private static void writeHistory(RunRecord run, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("dataset,model,split,epoch,metric,value\n");
            for (Outcome o : run.outcomes()) {
                String split = Integer.toString(o.split().index());
                for (History.Entry e : o.history().entries()) {
                    w.write(Csv.row(o.dataset(), o.model(), split, Integer.toString(e.epoch()), e.metric(), Csv.num(e.value())));
                }
            }
        }
    }

    private static void writeSignificance(java.util.List<Significance.Result> tests, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("test,dataset,model-a,model-b,metric,statistic,p-value,verdict\n");
            for (Significance.Result r : tests) {
                w.write(Csv.row(r.test(), r.dataset(), r.modelA(), r.modelB(), r.metric(), Csv.num(r.statistic()),
                        Csv.num(r.pValue()), r.verdict()));
            }
        }
    }

    private static void writeRunJson(RunRecord run, Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", run.name());
        json.put("seed", run.seed());
        json.put("version", run.version());
        json.put("git-commit", gitCommit());
        json.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        json.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        json.put("threads", run.threads());
        json.put("protocol", run.protocol());
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("load-seconds", run.loadSeconds());
        timings.put("total-seconds", run.totalSeconds());
        json.put("timings", timings);
        java.util.List<Map<String, Object>> failures = new java.util.ArrayList<>();
        for (Outcome o : run.outcomes()) {
            if (o.failed()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("dataset", o.dataset());
                f.put("model", o.model());
                f.put("split", o.split().index());
                f.put("reason", o.failure());
                failures.add(f);
            }
        }
        json.put("failures", failures);
        Map<String, Object> data = new LinkedHashMap<>();
        for (RunRecord.DatasetInfo d : run.datasets()) {
            if (d.data() != null) {
                data.put(d.name(), d.data());
            }
        }
        json.put("data", data);

        java.util.List<Map<String, Object>> unconverged = new java.util.ArrayList<>();
        for (Summary.ConvergenceWarning w : Summary.convergence(run)) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("dataset", w.dataset());
            c.put("model", w.model());
            c.put("not-converged", w.notConverged());
            c.put("splits", w.splits());
            c.put("measure", w.measure());
            c.put("worst", Double.isNaN(w.worst()) ? null : w.worst());
            c.put("tolerance", Double.isNaN(w.tolerance()) ? null : w.tolerance());
            c.put("advice", w.advice());
            unconverged.add(c);
        }
        json.put("not-converged", unconverged);
        java.util.List<Map<String, Object>> notes = new java.util.ArrayList<>();
        for (Outcome o : run.outcomes()) {
            if (o.history() == null) {
                continue;
            }
            for (String note : o.history().notes()) {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("dataset", o.dataset());
                n.put("model", o.model());
                n.put("split", o.split().index());
                n.put("note", note);
                notes.add(n);
            }
        }
        json.put("notes", notes);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }

    /** The commit of the working directory's git checkout, or "unknown". */
    private static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && out.matches("[0-9a-f]{40}")) {
                return out;
            }
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "unknown";
    }

    /** Moves {@code tmp} to {@code target}, replacing an existing folder only once the new one is complete. */
    private static void swapInto(Path tmp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            move(target, old);
        }
        try {
            move(tmp, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
