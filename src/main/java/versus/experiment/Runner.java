package versus.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import versus.data.DataFormatException;
import versus.data.Dataset;
import versus.eval.Bootstrap;
import versus.eval.BootstrapEstimator;
import versus.eval.ConfusionMatrix;
import versus.eval.Evaluator;
import versus.eval.Metric;
import versus.eval.Outcome;
import versus.eval.Predictions;
import versus.eval.Split;
import versus.experiment.ExperimentPlan.DataSpec;
import versus.experiment.ExperimentPlan.LoadedData;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.model.Classifier;
import versus.report.RunRecord;
import versus.train.DivergedException;
import versus.train.History;
import versus.train.Learner;

/**
 * Executes a plan: loads every data set, cuts the splits, then trains and evaluates every model
 * on every split as independent tasks on a thread pool. Each task draws its randomness from a
 * seed derived from (experiment seed, dataset, split, model), standardizes with statistics of
 * its own training part only, and lands in a fixed slot, so results do not depend on the number
 * of threads. A task that diverges or throws is recorded as failed; the run goes on. Finished
 * tasks go to a {@link TaskStore} (the {@link TaskJournal} of {@code versus run}), and tasks it
 * already holds from an interrupted run are taken from it instead of run again.
 */
public final class Runner {
    /** Receives progress as tasks finish (possibly from several threads). */
    public interface Progress {
        void start(long tasks);

        void taskDone(String label);

        void finish();
    }

    /** A plan with its data loaded and split: everything validated, nothing trained yet. */
    public record Prepared(ExperimentPlan plan, List<Loaded> data, Map<String, Double> loadSeconds) {
        public long tasks() {
            long t = 0;
            for (Loaded l : data) {
                for (ModelSpec m : plan.models()) {
                    t += m.runsOn(l.spec().name()) ? l.splits().size() : 0;
                }
            }
            return t;
        }
    }

    /** One loaded data set with its splits. */
    public record Loaded(DataSpec spec, Dataset data, List<Split> splits, versus.data.DataNotes notes) {
    }

    private Runner() {
    }

    /**
     * Loads and splits the data and checks every model against every data set. Throws a located
     * {@link ConfigException} or {@link DataFormatException} on bad input.
     */
    public static Prepared prepare(ExperimentPlan plan) {
        List<Loaded> loaded = new ArrayList<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        YamlSource src = plan.source();
        for (DataSpec spec : plan.datasets()) {
            long t0 = System.nanoTime();
            LoadedData data = spec.loader().load();
            seconds.put(spec.name(), (System.nanoTime() - t0) / 1e9);
            Dataset d = data.data();
            if (d.numClasses() < 2) {
                throw src.error(spec.pointer(), "dataset '" + spec.name() + "' has " + d.numClasses()
                        + " class; classification needs at least 2");
            }
            if (data.hasSeparateTest() && !plan.protocol().needsSeparateTest()) {
                throw src.error(spec.pointer() + "/test-path", "a separate test file needs protocol kind train-test");
            }
            if (!data.hasSeparateTest() && plan.protocol().needsSeparateTest()) {
                throw src.error("/protocol/kind", "protocol train-test needs 'test-path' on dataset '" + spec.name() + "'");
            }
            List<Split> splits;
            try {
                splits = plan.protocol().forData(data).splits(d, new SplittableRandom(Seeds.derive(plan.seed(), "splits", spec.name())));
            } catch (IllegalArgumentException e) {
                throw src.error("/protocol", "dataset '" + spec.name() + "': " + e.getMessage());
            }
            for (ModelSpec m : plan.models()) {
                if (!m.runsOn(spec.name())) {
                    continue;
                }
                try {
                    m.learnerFor().apply(d.numClasses());
                } catch (IllegalArgumentException e) {
                    throw src.error(m.pointer(), "model '" + m.name() + "' on dataset '" + spec.name() + "': " + e.getMessage());
                }
                if (m.ranker() && !d.hasQids()) {
                    throw src.error(m.pointer() + "/objective", "objective pairwise needs query groups (qid:) and dataset '"
                            + spec.name() + "' has none; use LIBSVM/SVMlight data with qid or generator letor");
                }
            }
            MultiLabelChecks.check(plan, spec, d);
            for (int i = 0; i < plan.metrics().size(); i++) {
                if (plan.metrics().get(i).needsRanking() && !d.hasQids()) {
                    throw src.error("/metrics/" + i, "metric " + plan.metrics().get(i).name() + " ranks within queries and dataset '"
                            + spec.name() + "' has no query groups (qid)");
                }
            }
            for (PlotSpec plot : plan.plots()) {
                if (plot.covers(spec.name())) {
                    plot.kind().checkData(plot, spec.name(), d, src);
                }
            }
            loaded.add(new Loaded(spec, d, splits, data.notes()));
        }
        return new Prepared(plan, loaded, seconds);
    }

    /** Runs every task on {@code threads} threads and returns the record of the run. */
    public static RunRecord execute(Prepared prepared, int threads, Progress progress, String version) {
        return execute(prepared, threads, progress, version, TaskStore.NONE);
    }

    /**
     * {@link #execute(Prepared, int, Progress, String)} that takes the tasks {@code store} has
     * from an earlier run instead of running them, and hands it every task it runs.
     */
    public static RunRecord execute(Prepared prepared, int threads, Progress progress, String version, TaskStore store) {
        long t0 = System.nanoTime();
        ExperimentPlan plan = prepared.plan();
        List<Task> tasks = new ArrayList<>();
        for (Loaded l : prepared.data()) {
            for (Split s : l.splits()) {
                for (ModelSpec m : plan.models()) {
                    if (m.runsOn(l.spec().name())) {
                        tasks.add(new Task(l, s, m));
                    }
                }
            }
        }
        progress.start(tasks.size());
        List<Outcome> outcomes = new ArrayList<>(tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "versus-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Task t : tasks) {
                futures.add(pool.submit(() -> {
                    String ds = t.data().spec().name();
                    Optional<Outcome> earlier = store.finished(ds, t.split(), t.model().name());
                    Outcome o = earlier.isPresent() ? earlier.get() : run(plan, t);
                    if (earlier.isEmpty()) {
                        store.record(o);
                    }
                    progress.taskDone(t.data().spec().name() + " / " + t.model().name() + " / split " + t.split().index());
                    return o;
                }));
            }
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().toString(), e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        List<RunRecord.DatasetInfo> infos = new ArrayList<>();
        for (Loaded l : prepared.data()) {
            Dataset d = l.data();
            infos.add(new RunRecord.DatasetInfo(d.name(), l.spec().origin(), d.rows(), d.cols(), d.classNames(),
                    d.classCounts(), l.spec().standardize(), l.splits().size(), l.notes()));
        }
        List<RunRecord.ModelInfo> models = new ArrayList<>();
        plan.models().forEach(m -> models.add(new RunRecord.ModelInfo(m.name(), m.summary())));
        List<String> metricNames = new ArrayList<>();
        plan.metrics().forEach(m -> metricNames.add(m.name()));
        return new RunRecord(plan.name(), plan.description(), plan.seed(), version, threads, plan.source().text(),
                plan.describeProtocol(MultiLabelChecks.describeProtocol(plan.protocol().describe(), prepared.data())), infos, models, metricNames, plan.tests(), outcomes, prepared.loadSeconds(),
                (System.nanoTime() - t0) / 1e9 + sum(prepared.loadSeconds()));
    }

    private record Task(Loaded data, Split split, ModelSpec model) {
    }

    private static Outcome run(ExperimentPlan plan, Task t) {
        Dataset all = t.data().data();
        String ds = t.data().spec().name();
        PreparedSplit prepared = PreparedSplit.of(t.data(), t.split());
        Dataset train = prepared.train();
        Dataset test = prepared.test();
        History history = new History();
        if (t.split().index() == 0 && plan.plots().stream().anyMatch(p -> p.needsTrajectory(t.model().name(), ds))) {
            history.recordTrajectory(versus.train.ParameterTrajectory.DEFAULT_CAPACITY); // only the run a path figure draws
        }
        SplittableRandom rng = new SplittableRandom(Seeds.derive(plan.seed(), "train", ds, t.split().index(), t.model().name()));
        Learner learner = t.model().learnerFor().apply(all.numClasses());
        long f0 = System.nanoTime();
        Classifier classifier;
        try {
            classifier = learner.fit(train, rng, history);
        } catch (DivergedException e) {
            history.note("diverged");
            return Outcome.failed(ds, t.model().name(), t.split(), history, e.getMessage());
        } catch (RuntimeException e) {
            return Outcome.failed(ds, t.model().name(), t.split(), history,
                    "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        double fitSeconds = (System.nanoTime() - f0) / 1e9;
        long p0 = System.nanoTime();
        Predictions predictions = Evaluator.predict(classifier, test);
        double predictSeconds = (System.nanoTime() - p0) / 1e9;
        Map<String, Double> values = metricValues(plan, t, classifier, predictions, train);
        values.put("fit-seconds", fitSeconds);
        values.put("predict-seconds", predictSeconds);
        values.putAll(classifier.diagnostics());
        values.putAll(classifier.testDiagnostics(test.features(), test.labels(), test.rows()));
        ConfusionMatrix confusion = versus.eval.Task.of(all).hasConfusionMatrix() ? ConfusionMatrix.of(predictions) : null;
        boolean[] correct = new boolean[predictions.size()];
        for (int i = 0; i < correct.length; i++) {
            correct[i] = predictions.truth()[i] == predictions.predicted()[i];
        }
        return new Outcome(ds, t.model().name(), t.split(), values, history, confusion, correct, null,
                predictions, t.split().index() == 0 ? classifier : null);
    }

    /**
     * The plan's metrics of the test predictions, skipping those the model cannot have (log-loss of
     * a hinge-loss model; class metrics of a ranker); with a .632 bootstrap estimator each is the
     * per-resample estimate with its out-of-bag and resubstitution parts written out.
     */
    private static Map<String, Double> metricValues(ExperimentPlan plan, Task t, Classifier classifier, Predictions predictions,
                                                    Dataset train) {
        Map<String, Double> values = new LinkedHashMap<>();
        Optional<Bootstrap.Estimator> bootstrap = plan.protocol().bootstrapEstimator().filter(Bootstrap.Estimator::needsResubstitution);
        Predictions resubstitution = bootstrap.isPresent() ? Evaluator.predict(classifier, train) : null;
        double noInformationError = bootstrap.filter(Bootstrap.Estimator::needsNoInformation).isPresent()
                ? noInformationError(predictions, resubstitution) : Double.NaN;
        for (Metric m : plan.metrics()) {
            if (m.needsProbabilities() && !predictions.hasProbabilities() || m.needsRanking() && !predictions.hasRanking()
                    || t.model().ranker() && !m.needsRanking()) { // a ranker's 0/1 "class" means nothing
                continue; // e.g. log-loss of a hinge-loss model: undefined, so not reported
            }
            double outOfBag = m.compute(predictions);
            if (resubstitution == null) {
                values.put(m.name(), outOfBag);
                continue;
            }
            // bootstrap .632 / .632+: the per-resample estimate, with both of its parts written out
            double resub = m.compute(resubstitution);
            double noInfo = m.name().equals("accuracy") ? 1 - noInformationError : noInformationError;
            values.put(m.name(), BootstrapEstimator.perResample(bootstrap.get(), m, new double[] {outOfBag},
                    new double[] {resub}, new double[] {noInfo})[0]);
            values.put(m.name() + "-oob", outOfBag);
            values.put(m.name() + "-resubstitution", resub);
        }
        return values;
    }

    /** gamma = sum_k p_k (1 - q_k) over the out-of-bag and resubstitution predictions together. */
    private static double noInformationError(Predictions a, Predictions b) {
        int n = a.size() + b.size();
        int[] truth = new int[n];
        int[] predicted = new int[n];
        System.arraycopy(a.truth(), 0, truth, 0, a.size());
        System.arraycopy(b.truth(), 0, truth, a.size(), b.size());
        System.arraycopy(a.predicted(), 0, predicted, 0, a.size());
        System.arraycopy(b.predicted(), 0, predicted, a.size(), b.size());
        return BootstrapEstimator.noInformationError(a.numClasses(), truth, predicted);
    }

    private static double sum(Map<String, Double> m) {
        double s = 0;
        for (double v : m.values()) {
            s += v;
        }
        return s;
    }
}
