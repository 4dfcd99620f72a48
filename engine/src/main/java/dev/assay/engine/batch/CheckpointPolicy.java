package dev.assay.engine.batch;

import java.time.Duration;

/** When to checkpoint: after so many records or so much time since the last one, whichever comes first. */
public record CheckpointPolicy(int everyRecords, Duration everyInterval) {

    public static final CheckpointPolicy DEFAULT = new CheckpointPolicy(256, Duration.ofSeconds(2));

    public CheckpointPolicy {
        if (everyRecords < 1) {
            throw new IllegalArgumentException("everyRecords must be at least 1, was " + everyRecords);
        }
        if (everyInterval.isNegative()) {
            throw new IllegalArgumentException("everyInterval must not be negative");
        }
    }

    boolean due(long recordsSince, long nanosSince) {
        return recordsSince >= everyRecords || (recordsSince > 0 && nanosSince >= everyInterval.toNanos());
    }
}
