package versus.experiment;

import versus.data.Dataset;
import versus.data.Standardizer;
import versus.eval.Split;

/**
 * Split 0 of a data set as the models saw it: its training and test parts, standardized with the
 * training part's statistics when the data set asks for it, and that standardizer (null without
 * standardization), so that figures can map back to the data's own units.
 */
record SplitZero(Dataset train, Dataset test, Split split, Standardizer standardizer) {
    static SplitZero of(Runner.Loaded l) {
        Split s0 = l.splits().get(0);
        Dataset train = l.data().subset(s0.train());
        Dataset test = l.data().subset(s0.test());
        if (!l.spec().standardize()) {
            return new SplitZero(train, test, s0, null);
        }
        Standardizer st = Standardizer.fit(train);
        return new SplitZero(st.apply(train), st.apply(test), s0, st);
    }
}
