package dev.assay.engine.bench;

import java.lang.management.ManagementFactory;

/** Time since this JVM started, as the operating system saw the process start. */
public final class ColdStart {

    private ColdStart() {
    }

    /** Milliseconds from the JVM's start to now. */
    public static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
