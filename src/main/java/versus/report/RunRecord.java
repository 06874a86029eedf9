package versus.report;

import java.util.List;
import java.util.Map;
import versus.eval.Outcome;

/**
 * Everything a finished run hands to the writers: what ran (in file order), every outcome (in
 * dataset x split x model order, independent of thread scheduling) and the timings.
 */
public record RunRecord(
        String name,
        String description,
        long seed,
        String version,
        int threads,
        String configText,
        String protocol,
        List<DatasetInfo> datasets,
        List<ModelInfo> models,
        List<String> metrics,
        List<SignificanceSpec> tests,
        List<Outcome> outcomes,
        Map<String, Double> loadSeconds,
        double totalSeconds) {

    /** One data set as loaded. */
    public record DatasetInfo(String name, String origin, int rows, int cols, List<String> classNames, int[] classCounts,
                              boolean standardized, int splits, versus.data.DataNotes data) {
        /** Without notes on the data (the report's Data section then skips the data set). */
        public DatasetInfo(String name, String origin, int rows, int cols, List<String> classNames, int[] classCounts,
                           boolean standardized, int splits) {
            this(name, origin, rows, cols, classNames, classCounts, standardized, splits, null);
        }
    }

    /** One model and a line describing its composition. */
    public record ModelInfo(String name, String summary) {
    }
}
