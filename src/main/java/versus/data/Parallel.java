package versus.data;

/**
 * Runs a loop over rows {@code 0..n-1} in contiguous chunks on several threads. Each chunk
 * writes only its own rows, so the result does not depend on the thread count; when chunks
 * fail, the failure of the first chunk is rethrown, which makes the reported error (the first
 * bad row of that chunk) the same on any thread count.
 */
final class Parallel {
    /** Below this many rows per thread, threads cost more than they save. */
    static final int MIN_ROWS_PER_CHUNK = 4096;

    private Parallel() {
    }

    @FunctionalInterface
    interface RowRange {
        void run(int from, int to);
    }

    static void forRows(int n, int threads, RowRange body) {
        int chunks = Math.max(1, Math.min(threads, n / MIN_ROWS_PER_CHUNK));
        if (chunks == 1) {
            body.run(0, n);
            return;
        }
        Throwable[] failures = new Throwable[chunks];
        Thread[] workers = new Thread[chunks];
        for (int c = 1; c < chunks; c++) {
            int from = bound(n, chunks, c);
            int to = bound(n, chunks, c + 1);
            int chunk = c;
            workers[c] = new Thread(() -> {
                try {
                    body.run(from, to);
                } catch (Throwable t) {
                    failures[chunk] = t;
                }
            }, "versus-load-" + c);
            workers[c].setDaemon(true);
            workers[c].start();
        }
        try {
            body.run(0, bound(n, chunks, 1));
        } catch (RuntimeException | Error t) {
            failures[0] = t;
        }
        joinAll(workers);
        for (Throwable t : failures) {
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
        }
    }

    private static int bound(int n, int chunks, int c) {
        return (int) ((long) n * c / chunks);
    }

    private static void joinAll(Thread[] workers) {
        boolean interrupted = false;
        for (Thread w : workers) {
            while (w != null && w.isAlive()) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    interrupted = true;   // finish joining: the workers write into our arrays
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
