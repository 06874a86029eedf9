package versus.experiment;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress over all model x split tasks: a bar on a terminal, plain periodic lines otherwise. */
final class Progress {
    private Progress() {
    }

    static Runner.Progress silent() {
        return new Runner.Progress() {
            @Override public void start(long tasks) { }
            @Override public void taskDone(String label) { }
            @Override public void finish() { }
        };
    }

    static Runner.Progress console(String name) {
        return new Runner.Progress() {
            private ProgressBar bar;

            @Override
            public void start(long tasks) {
                ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(name).setInitialMax(tasks)
                        .setUnit(" tasks", 1);
                if (System.console() == null) {
                    b.setConsumer(new DelegatingProgressBarConsumer(System.err::println, 100))
                            .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(5000);
                } else {
                    b.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200);
                }
                bar = b.build();
            }

            @Override
            public synchronized void taskDone(String label) {
                bar.step();
            }

            @Override
            public void finish() {
                if (bar != null) {
                    bar.close();
                }
            }
        };
    }
}
