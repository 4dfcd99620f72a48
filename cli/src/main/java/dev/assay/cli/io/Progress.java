package dev.assay.cli.io;

import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of a batch on a terminal: a bar on stderr with answers/s and ETA; or nothing at all. */
public interface Progress extends AutoCloseable {

    /** One more record done. */
    void step();

    @Override
    void close();

    /** Shows nothing. */
    static Progress none() {
        return new Progress() {
            @Override
            public void step() {
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * A bar on stderr.
     *
     * @param total     records expected in all, or -1 when unknown
     * @param startFrom records done before this run (a resume)
     */
    static Progress bar(long total, long startFrom) {
        ProgressBarBuilder b = new ProgressBarBuilder()
                .setTaskName("grading")
                .setInitialMax(total < 0 ? -1 : Math.max(total, startFrom))
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUnit(" answers", 1)
                .setUpdateIntervalMillis(500)
                .showSpeed()
                .startsFrom(startFrom, Duration.ZERO);
        ProgressBar bar = b.build();
        return new Progress() {
            @Override
            public void step() {
                bar.step();
                if (bar.getMax() >= 0 && bar.getCurrent() > bar.getMax()) {
                    bar.maxHint(bar.getCurrent()); // the total was an estimate (CSV records may span lines)
                }
            }

            @Override
            public void close() {
                if (bar.getMax() >= 0) {
                    bar.maxHint(bar.getCurrent());
                }
                bar.close();
            }
        };
    }
}
