package versus.experiment;

import versus.data.Dataset;
import versus.data.Imputer;
import versus.data.MissingValues;
import versus.data.Standardizer;
import versus.eval.Split;

/**
 * A split as the models see it: its training and test parts with missing values imputed and
 * features standardized by statistics of the training part alone (each when the data set asks
 * for it), and that standardizer (null without standardization), so that figures can map back to
 * the data's own units. The one place where a split is prepared, for training tasks and figures alike.
 */
record PreparedSplit(Dataset train, Dataset test, Split split, Standardizer standardizer) {
    /** Split 0, the split figures draw. */
    static PreparedSplit of(Runner.Loaded l) {
        return of(l, l.splits().get(0));
    }

    static PreparedSplit of(Runner.Loaded l, Split s) {
        Dataset train = l.data().subset(s.train());
        Dataset test = l.data().subset(s.test());
        MissingValues impute = l.notes().imputation();
        if (impute.imputes() && !l.notes().missing().isEmpty()) {
            Imputer imputer = Imputer.fit(train, impute);
            train = imputer.apply(train);
            test = imputer.apply(test);
        }
        if (!l.spec().standardize()) {
            return new PreparedSplit(train, test, s, null);
        }
        Standardizer st = Standardizer.fit(train);
        return new PreparedSplit(st.apply(train), st.apply(test), s, st);
    }
}
