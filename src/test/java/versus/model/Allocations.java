package versus.model;

/** Measures heap allocation of the calling thread, for the "no per-example allocation" checks. */
final class Allocations {
    private Allocations() {
    }

    /** Bytes {@code work} allocates over {@code rounds} runs, after one warm-up run. */
    static long of(Runnable work, int rounds) {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        work.run();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < rounds; i++) {
            work.run();
        }
        return threads.getThreadAllocatedBytes(id) - before;
    }
}
