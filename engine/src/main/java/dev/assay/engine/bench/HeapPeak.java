package dev.assay.engine.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap through garbage-collection notifications while open: the peak heap in use (the
 * most used just before a collection, or now) and the peak live heap (the most still in use just
 * after a collection, which is what grows if something leaks).
 */
public final class HeapPeak implements AutoCloseable {

    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onNotification;
    private volatile long peakUsed;
    private volatile long peakLive;
    private volatile int collections;

    private HeapPeak() {
    }

    /** Starts watching. */
    public static HeapPeak start() {
        HeapPeak h = new HeapPeak();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(h.listener, null, null);
                h.emitters.add(e);
            }
        }
        h.sampleNow();
        return h;
    }

    private void onNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        long before = heapOnly(info.getMemoryUsageBeforeGc());
        long after = heapOnly(info.getMemoryUsageAfterGc());
        synchronized (this) {
            peakUsed = Math.max(peakUsed, before);
            peakLive = Math.max(peakLive, after);
            collections++;
        }
    }

    /** Sums the heap pools (the ones a collector reports that are not code cache or metaspace). */
    private static long heapOnly(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
            String name = e.getKey();
            if (name.contains("Metaspace") || name.contains("Code") || name.contains("Compressed Class")
                    || name.contains("CodeHeap")) {
                continue;
            }
            sum += e.getValue().getUsed();
        }
        return sum;
    }

    /** Folds the heap in use right now into the peak. */
    public synchronized void sampleNow() {
        peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** The most heap in use at any time seen, in bytes. */
    public long peakUsedBytes() {
        sampleNow();
        return peakUsed;
    }

    /** The most heap still in use after a collection, in bytes (0 before the first collection). */
    public long peakLiveBytes() {
        return peakLive;
    }

    public int collections() {
        return collections;
    }

    /** The heap limit (-Xmx), in bytes; -1 when undefined. */
    public static long maxHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
