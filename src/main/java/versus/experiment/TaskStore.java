package versus.experiment;

import java.util.Optional;
import versus.eval.Outcome;
import versus.eval.Split;

/**
 * Where the {@link Runner} keeps the model x split tasks it has finished and finds those an
 * earlier, interrupted run finished ({@link TaskJournal}); {@link #NONE} keeps nothing.
 * Called from worker threads.
 */
public interface TaskStore {
    /** The outcome of this task from an earlier run, if it may be reused. */
    Optional<Outcome> finished(String dataset, Split split, String model);

    /** Keeps a task that has just finished. */
    void record(Outcome outcome);

    /** Keeps nothing and finds nothing. */
    TaskStore NONE = new TaskStore() {
        @Override
        public Optional<Outcome> finished(String dataset, Split split, String model) {
            return Optional.empty();
        }

        @Override
        public void record(Outcome outcome) {
        }
    };
}
