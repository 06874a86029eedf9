package versus.structured;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import versus.data.LabelSets;

/**
 * The training data's label-powerset classes: which class index a decoded label set is, so a
 * multi-label classifier can also answer as a single-label one (-1 for a set unseen in training).
 */
final class LabelSetClasses {
    private final Map<String, Integer> classIndex = new HashMap<>();
    private final List<String> labelNames;
    private final int numClasses;

    LabelSetClasses(List<String> classNames, List<String> labelNames) {
        for (int k = 0; k < classNames.size(); k++) {
            classIndex.put(classNames.get(k), k);
        }
        this.labelNames = List.copyOf(labelNames);
        this.numClasses = classNames.size();
    }

    int numClasses() { return numClasses; }

    /** The class of the label set {@code set[offset .. offset + L)}, or -1 when training never had it. */
    int classOf(byte[] set, int offset) {
        return classIndex.getOrDefault(LabelSets.setName(set, offset, labelNames), -1);
    }
}
