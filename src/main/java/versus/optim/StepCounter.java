package versus.optim;

/** Counts steps and reads the schedule, the part every optimizer shares. */
abstract class StepCounter implements Optimizer {
    private final Schedule schedule;
    private long t;

    StepCounter(Schedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public final void step(double[] params, double[] grad) {
        t++;
        update(params, grad, schedule.at(t), t);
    }

    @Override
    public final long steps() {
        return t;
    }

    /** Applies step number {@code t} with learning rate {@code rate}. */
    abstract void update(double[] params, double[] grad, double rate, long t);
}
