package versus.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What changed between two results folders ({@code versus compare A B}): every
 * (dataset, model, metric) row of their {@code summary.csv} side by side with the difference of
 * the means, rows present in only one of them, and a count. Timings differ from run to run, so
 * they are listed separately and never counted as changes.
 */
public final class Comparison {
    private Comparison() {
    }

    /** A summary row's numbers. */
    private record Stats(double mean, double std, int n) {
    }

    /** Renders the comparison as plain text; throws IOException naming a missing summary.csv. */
    public static String render(Path a, Path b) throws IOException {
        Map<String, Stats> left = read(a.resolve("summary.csv"));
        Map<String, Stats> right = read(b.resolve("summary.csv"));
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-48s %22s %22s %12s%n", "dataset / model / metric", "A: " + a.getFileName(),
                "B: " + b.getFileName(), "B - A"));
        int changed = 0;
        int onlyA = 0;
        int onlyB = 0;
        List<String> timings = new ArrayList<>();
        for (Map.Entry<String, Stats> e : left.entrySet()) {
            Stats r = right.get(e.getKey());
            String line;
            if (r == null) {
                onlyA++;
                line = String.format(Locale.ROOT, "%-48s %22s %22s %12s%n", e.getKey(), cell(e.getValue()), "(absent)", "");
            } else {
                double delta = r.mean() - e.getValue().mean();
                boolean same = delta == 0 && r.n() == e.getValue().n();
                line = String.format(Locale.ROOT, "%-48s %22s %22s %12s%n", e.getKey(), cell(e.getValue()), cell(r),
                        same ? "=" : String.format(Locale.ROOT, "%+.4g", delta));
                if (!same && !e.getKey().endsWith("-seconds")) {
                    changed++;
                }
            }
            if (e.getKey().endsWith("-seconds")) {
                timings.add(line);
            } else {
                s.append(line);
            }
        }
        for (Map.Entry<String, Stats> e : right.entrySet()) {
            if (!left.containsKey(e.getKey())) {
                onlyB++;
                s.append(String.format(Locale.ROOT, "%-48s %22s %22s %12s%n", e.getKey(), "(absent)", cell(e.getValue()), ""));
            }
        }
        if (!timings.isEmpty()) {
            s.append("timings (not counted as changes):\n");
            timings.forEach(s::append);
        }
        return s.append(String.format(Locale.ROOT, "%d rows changed, %d only in A, %d only in B%n", changed, onlyA, onlyB))
                .toString();
    }

    private static String cell(Stats s) {
        return String.format(Locale.ROOT, "%.4f +- %.4f (%d)", s.mean(), s.std(), s.n());
    }

    /** "dataset / model / metric" -> stats, in file order. */
    private static Map<String, Stats> read(Path csv) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(csv + ": not a results folder (no summary.csv)");
        }
        if (lines.isEmpty() || !lines.get(0).equals("dataset,model,metric,mean,std,n")) {
            throw new IOException(csv + ":1:1: not a Versus summary.csv (header dataset,model,metric,mean,std,n)");
        }
        Map<String, Stats> out = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> f = Csv.parse(lines.get(i));
            if (f.size() != 6) {
                throw new IOException(csv + ":" + (i + 1) + ":1: expected 6 fields, found " + f.size());
            }
            try {
                out.put(f.get(0) + " / " + f.get(1) + " / " + f.get(2),
                        new Stats(Double.parseDouble(f.get(3)), Double.parseDouble(f.get(4)), Integer.parseInt(f.get(5))));
            } catch (NumberFormatException e) {
                throw new IOException(csv + ":" + (i + 1) + ":4: mean, std and n must be numbers");
            }
        }
        return out;
    }
}
