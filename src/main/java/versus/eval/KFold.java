package versus.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import versus.data.Dataset;

/**
 * (Repeated) k-fold cross-validation: the rows are shuffled and cut into {@code k} folds; split
 * {@code f} tests fold {@code f} and trains on the others. Each repeat reshuffles, so split
 * {@code index = repeat * k + fold}.
 *
 * <ul>
 *   <li>Plain: shuffled rows dealt round-robin, fold sizes differ by at most 1.</li>
 *   <li>Stratified (scikit-learn {@code StratifiedKFold(shuffle=True)}): rows shuffled within each
 *   class, classes laid end to end and dealt round-robin, so fold sizes differ by at most 1 overall
 *   and each class's count differs by at most 1 between folds. k may exceed the smallest class
 *   (some folds then lack that class) but not the number of rows.</li>
 *   <li>Grouped: when the data have query ids, whole groups are assigned (a qid is never split
 *   between train and test), largest groups first to the currently smallest fold, ties in random
 *   order (scikit-learn {@code GroupKFold} with shuffling). {@code stratified} is then ignored:
 *   ranking labels are relevance grades within a query, not classes to balance.</li>
 *   <li>Multi-label data, stratified: {@link IterativeStratification} over the labels.</li>
 * </ul>
 *
 * @param k          number of folds, at least 2
 * @param repeats    number of reshuffled repetitions, at least 1
 * @param stratified keep class proportions in every fold (ignored with query groups)
 */
public record KFold(int k, int repeats, boolean stratified) implements Protocol {
    public KFold {
        if (k < 2) {
            throw new IllegalArgumentException("k must be >= 2, got " + k);
        }
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be >= 1, got " + repeats);
        }
    }

    @Override
    public String name() { return "kfold"; }

    /**
     * Stratified k-fold puts a class's rows into distinct folds, so a class with fewer rows than
     * folds leaves some test folds without it (scikit-learn's {@code StratifiedKFold} warns the
     * same): an error naming the class and its count, raised by the experiment's protocol (not by
     * inner cross-validation, which may meet small classes in a training split). Classes declared
     * but absent are ignored.
     */
    public static void requireClassesFillFolds(Dataset data, int k) {
        int[] counts = data.classCounts();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0 && counts[c] < k) {
                throw new IllegalArgumentException("class '" + data.classNames().get(c) + "' has " + counts[c]
                        + " row" + (counts[c] == 1 ? "" : "s") + ", fewer than the k = " + k + " folds of stratified k-fold; "
                        + "lower k, set stratified: false, or merge or drop that class");
            }
        }
    }

    @Override
    public List<Split> splits(Dataset data, RandomGenerator rng) {
        int n = data.rows();
        Resampling.Groups groups = Resampling.Groups.ofData(data);
        if (groups != null && k > groups.numGroups()) {
            throw new IllegalArgumentException("kfold: k = " + k + " exceeds the number of query groups, " + groups.numGroups());
        }
        if (k > n) {
            throw new IllegalArgumentException("kfold: k = " + k + " exceeds the number of rows, " + n);
        }
        List<Split> out = new ArrayList<>(k * repeats);
        for (int r = 0; r < repeats; r++) {
            int[] foldOfRow;
            if (groups != null) {
                int[] order = Resampling.largestFirst(groups, rng);
                foldOfRow = groups.perRow(Resampling.dealToFolds(order, groups.sizes(), k));
            } else if (stratified && data.isMultiLabel()) {
                foldOfRow = IterativeStratification.folds(data.labelSets(), k, rng);
            } else if (stratified) {
                int[] order = Resampling.stableSortByKey(Resampling.permutation(n, rng), data.labels(), data.numClasses());
                foldOfRow = Resampling.dealToFolds(order, null, k);
            } else {
                foldOfRow = Resampling.dealToFolds(Resampling.permutation(n, rng), null, k);
            }
            out.addAll(Resampling.splitsFromFolds(foldOfRow, r, r * k));
        }
        return out;
    }
}
