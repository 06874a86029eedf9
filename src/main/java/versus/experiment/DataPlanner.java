package versus.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import versus.data.DataChecks;
import versus.data.DataFormat;
import versus.data.DataNotes;
import versus.data.Dataset;
import versus.data.DatasetLoader;
import versus.data.LoadOptions;
import versus.data.MissingValues;
import versus.data.LetorGenerator;
import versus.data.MultiLabelGenerator;
import versus.data.TeachingSets;
import versus.data.TruthTable;
import versus.experiment.ExperimentConfig.DatasetConfig;
import versus.experiment.ExperimentPlan.DataSpec;
import versus.experiment.ExperimentPlan.LoadedData;

/**
 * The {@code datasets:} section: data files with their load options, teaching-set and truth-table
 * generators and the LETOR generator, each checked now and loaded later by the runner.
 */
final class DataPlanner {
    private final YamlSource src;
    private final ConfigChecks check;

    DataPlanner(ConfigChecks check) {
        this.check = check;
        this.src = check.source();
    }

    List<DataSpec> datasets(List<DatasetConfig> list, long seed) {
        if (list == null || list.isEmpty()) {
            throw src.error("", "missing 'datasets': give at least one entry with 'path' or 'generator'");
        }
        List<DataSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/datasets/" + i;
            DataSpec spec = dataset(list.get(i), at, seed);
            if (!names.add(spec.name())) {
                throw src.error(at, "dataset name '" + spec.name() + "' is used twice; give each entry a distinct 'name'");
            }
            out.add(spec);
        }
        return out;
    }

    private DataSpec dataset(DatasetConfig d, String at, long seed) {
        if (d == null) {
            throw src.error(at, "empty dataset entry; give 'path' or 'generator'");
        }
        boolean standardize = d.standardize() == null || d.standardize();
        if ((d.path() == null) == (d.generator() == null)) {
            throw src.error(at, "a dataset entry needs exactly one of 'path' (a file) or 'generator'");
        }
        if (d.generator() != null) {
            return generated(d, at, seed, standardize);
        }
        check.onlyFor(at, "a data file", ConfigChecks.keys("n", d.n(), "noise", d.noise(), "function", d.function(),
                "inputs", d.inputs(), "encoding", d.encoding()));
        check.onlyFor(at, "a data file", letorKeys(d));
        Path path = check.existing(at + "/path", d.path());
        Path testPath = d.testPath() == null ? null : check.existing(at + "/test-path", d.testPath());
        if (d.labels() != null && d.label() != null) {
            throw src.error(at + "/labels", "give either 'label' (one class column) or 'labels' (the label columns of multi-label data), not both");
        }
        if (d.labels() != null && d.labels().isEmpty()) {
            throw src.error(at + "/labels", "'labels' lists the label columns of multi-label data; give at least one");
        }
        LoadOptions options = LoadOptions.defaults().withLabel(d.label()).withHeader(d.header())
                .withDropColumns(d.dropColumns()).withLabels(d.labels()).withColumns(columns(d));
        if (d.format() != null) {
            options = options.withFormat(check.parse(at + "/format", () -> DataFormat.fromName(d.format())));
        }
        if (d.missing() != null && d.impute() != null) {
            throw src.error(at + "/missing", "give 'impute' only: 'missing' is its older spelling");
        }
        if (d.impute() != null || d.missing() != null) {
            String key = d.impute() != null ? "/impute" : "/missing";
            String value = d.impute() != null ? d.impute() : d.missing();
            options = options.withMissing(check.parse(at + key, () -> MissingValues.fromName(value)));
        }
        Integer bins = d.labelBins();
        if (bins != null && bins < 2) {
            throw src.error(at + "/label-bins", "label-bins must be >= 2 (the number of classes to cut the label into), got " + bins);
        }
        if (bins != null && d.labels() != null) {
            throw src.error(at + "/label-bins", "label-bins cuts one numeric label into classes; multi-label data ('labels') have none");
        }
        if (d.labelsPath() != null) {
            options = options.withLabelsPath(check.existing(at + "/labels-path", d.labelsPath()));
        }
        LoadOptions trainOptions = options;
        LoadOptions testOptions = d.testLabelsPath() == null ? options
                : options.withLabelsPath(check.existing(at + "/test-labels-path", d.testLabelsPath()));
        String name = d.name() != null ? d.name() : stem(path);
        String origin = d.path() + (d.testPath() != null ? " + test " + d.testPath() : "");
        String positive = d.positiveClass();
        return new DataSpec(name, at, origin, standardize, () -> {
            DataNotes.Builder notes = new DataNotes.Builder();
            Dataset all = load(path, name, trainOptions, at, notes);
            int trainRows = -1;
            if (testPath != null) {
                DataNotes.Builder testNotes = new DataNotes.Builder();
                Dataset test = load(testPath, name, testOptions, at, testNotes);
                try {
                    trainRows = all.rows();
                    all = all.append(test);
                    notes.rows(notes.rows() + testNotes.rows());
                } catch (IllegalArgumentException e) {
                    // the files disagree as a whole: point at the test-path entry and name the file
                    throw src.error(at + "/test-path", "test file " + testPath + ": " + e.getMessage());
                }
            }
            all = checked(all, trainOptions, path, bins, positive, notes);
            return new LoadedData(all, trainRows, notes.build(all));
        });
    }

    private static versus.data.ColumnTypes columns(DatasetConfig d) {
        ExperimentConfig.ColumnsConfig c = d.columns();
        return c == null ? null : new versus.data.ColumnTypes(c.categorical(), c.numeric(), c.id(), c.drop());
    }

    /**
     * The checks and changes after loading: a continuous-looking label is refused unless binned or
     * declared categorical, constant columns of a CSV/ARFF table are dropped, and the positive class set.
     */
    private static Dataset checked(Dataset d, LoadOptions options, Path path, Integer bins, String positive, DataNotes.Builder notes) {
        Dataset out = d;
        String label = notes.label();
        boolean declared = label != null && (versus.data.ColumnTypes.lists(options.columns().categorical(), label)
                || options.label() != null && versus.data.ColumnTypes.lists(options.columns().categorical(), options.label().trim()));
        if (bins != null) {
            out = DataChecks.binLabel(out, bins, path, label, notes);
        } else if (!declared) {
            DataChecks.checkLabel(out, path, label);
        }
        DataFormat format = options.format() != null ? options.format() : DataFormat.fromPath(path);
        if (format == DataFormat.CSV || format == DataFormat.ARFF) {
            out = DataChecks.dropConstant(out, notes);
        }
        if (positive != null) {
            out = DataChecks.positiveClass(out, positive, path, notes);
        }
        return out;
    }

    /** Loads a file; a {@code labels:} entry that names no label column is reported at that entry. */
    private Dataset load(Path path, String name, LoadOptions options, String at, DataNotes.Builder notes) {
        try {
            return DatasetLoader.load(path, name, options, notes);
        } catch (versus.data.LabelColumnException e) {
            throw src.error(at + "/labels/" + e.labelIndex(), e.getMessage());
        }
    }

    private DataSpec generated(DatasetConfig d, String at, long seed, boolean standardize) {
        check.onlyFor(at, "a generated dataset", ConfigChecks.keys("format", d.format(), "label", d.label(), "header", d.header(),
                "test-path", d.testPath(), "labels-path", d.labelsPath(), "missing", d.missing(), "impute", d.impute(),
                "columns", d.columns(), "label-bins", d.labelBins(), "positive-class", d.positiveClass(), "drop-columns", d.dropColumns()));
        String kind = d.generator();
        if (kind.equals("multilabel")) {
            return multiLabel(d, at, seed, standardize);
        }
        check.onlyFor(at, "generator " + kind + " (labels are for generator multilabel)", ConfigChecks.keys("labels", d.labels()));
        if (kind.equals("letor")) {
            return letor(d, at, seed, standardize);
        }
        check.onlyFor(at, "generator " + kind, letorKeys(d));
        if (kind.equals("boolean")) {
            check.onlyFor(at, "generator boolean", ConfigChecks.keys("n", d.n(), "noise", d.noise()));
            if (d.function() == null) {
                throw src.error(at, "generator boolean needs 'function' (" + String.join(", ", TruthTable.functions())
                        + ", or an expression such as 'x2 and (x1 or not x3)')");
            }
            int inputs = d.inputs() == null ? 2 : d.inputs();
            TruthTable.Encoding enc = d.encoding() == null ? TruthTable.Encoding.ZERO_ONE
                    : check.parse(at + "/encoding", () -> TruthTable.Encoding.byToken(d.encoding()));
            Dataset table = check.parse(at + "/function", () -> TruthTable.of(d.function(), inputs, enc));
            String name = d.name() != null ? d.name() : "boolean-" + d.function().replaceAll("[^A-Za-z0-9]+", "-");
            Dataset named = table.withName(name);
            return new DataSpec(name, at, "truth table of " + d.function() + " (" + inputs + " inputs, " + enc.token() + ")",
                    standardize, () -> new LoadedData(named, -1));
        }
        check.onlyFor(at, "generator " + kind, ConfigChecks.keys("function", d.function(), "inputs", d.inputs(), "encoding", d.encoding()));
        TeachingSets.Kind k = check.parse(at + "/generator", () -> TeachingSets.kind(kind));
        int n = d.n() == null ? 200 : d.n();
        if (n < 4) {
            throw src.error(at + "/n", "n must be >= 4, got " + n);
        }
        double noise = d.noise() == null ? 0.0 : d.noise();
        if (!(noise >= 0 && noise <= 1)) {
            throw src.error(at + "/noise", "noise must be in [0, 1], got " + noise);
        }
        String name = d.name() != null ? d.name() : kind;
        long dataSeed = Seeds.derive(seed, "generator", name);
        return new DataSpec(name, at, "generator " + kind + " (n " + n + ", noise " + noise + ")", standardize,
                () -> new LoadedData(TeachingSets.generate(k, n, noise, new SplittableRandom(dataSeed)).withName(name), -1));
    }

    /** Multi-label data with correlated labels from latent topics (versus.data.MultiLabelGenerator). */
    private DataSpec multiLabel(DatasetConfig d, String at, long seed, boolean standardize) {
        check.onlyFor(at, "generator multilabel", ConfigChecks.keys("function", d.function(), "inputs", d.inputs(),
                "encoding", d.encoding(), "queries", d.queries(), "docs-per-query", d.docsPerQuery(), "grades", d.grades(),
                "query-shift", d.queryShift()));
        int n = d.n() == null ? 500 : d.n();
        int features = d.features() == null ? 10 : d.features();
        double noise = d.noise() == null ? 1.0 : d.noise();
        List<String> labels = d.labels() != null ? d.labels() : List.of("l1", "l2", "l3", "l4", "l5", "l6");
        String name = d.name() != null ? d.name() : "multilabel";
        long dataSeed = Seeds.derive(seed, "generator", name);
        check.parse(at, () -> MultiLabelGenerator.generate(4, features, labels, noise, new SplittableRandom(dataSeed)));
        if (n < 4) {
            throw src.error(at + "/n", "n must be >= 4, got " + n);
        }
        return new DataSpec(name, at, "multi-label generator (n " + n + ", " + features + " features, " + labels.size()
                + " labels from " + 2 * labels.size() + " latent topics, noise " + noise + ")", standardize,
                () -> new LoadedData(MultiLabelGenerator.generate(n, features, labels, noise, new SplittableRandom(dataSeed)).withName(name), -1));
    }

    private static Map<String, Object> letorKeys(DatasetConfig d) {
        return ConfigChecks.keys("queries", d.queries(), "docs-per-query", d.docsPerQuery(), "features", d.features(), "grades", d.grades(),
                "query-shift", d.queryShift());
    }

    /** Synthetic LETOR-style ranking data with a known linear truth (versus.data.LetorGenerator). */
    private DataSpec letor(DatasetConfig d, String at, long seed, boolean standardize) {
        check.onlyFor(at, "generator letor", ConfigChecks.keys("n", d.n(), "function", d.function(), "inputs", d.inputs(), "encoding", d.encoding()));
        int queries = d.queries() == null ? 50 : d.queries();
        int docs = d.docsPerQuery() == null ? 20 : d.docsPerQuery();
        int features = d.features() == null ? 10 : d.features();
        int grades = d.grades() == null ? 3 : d.grades();
        double noise = d.noise() == null ? 0.1 : d.noise();
        double shift = d.queryShift() == null ? 0.0 : d.queryShift();
        String name = d.name() != null ? d.name() : "letor";
        long dataSeed = Seeds.derive(seed, "generator", name);
        check.parse(at, () -> LetorGenerator.generate(Math.min(queries, 2), Math.min(docs, 2), features, grades, noise, shift,
                new SplittableRandom(dataSeed))); // validates every value now, cheaply
        return new DataSpec(name, at, "LETOR-style generator (" + queries + " queries x " + docs + " documents, " + features
                + " features, grades 0.." + grades + ", noise " + noise + ")", standardize,
                () -> new LoadedData(LetorGenerator.generate(queries, docs, features, grades, noise, shift,
                        new SplittableRandom(dataSeed)).data().withName(name), -1));
    }

    private static String stem(Path p) {
        String s = p.getFileName().toString();
        if (s.endsWith(".gz")) {
            s = s.substring(0, s.length() - 3);
        }
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

}
