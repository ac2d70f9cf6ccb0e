package org.newsgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap the run kept live: the heap occupied just after each garbage collection, at its
 * peak. Unlike the pools' peak usage it does not count garbage a large heap lets pile up before a
 * collection, so it is the heap the run needs; it is an upper bound, since a young collection
 * leaves old garbage in place.
 */
final class HeapWatch implements AutoCloseable {

  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final AtomicLong peak = new AtomicLong();
  private final NotificationListener listener = (n, handback) -> collected(n);
  private final List<NotificationEmitter> emitters = new ArrayList<>();

  HeapWatch() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(listener, null, null);
        emitters.add(e);
      }
    }
  }

  /** The peak so far, in MB. */
  double peakMb() {
    return peak.get() / (1024.0 * 1024.0);
  }

  /** The heap's limit (-Xmx), in MB. */
  static double maxMb() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024.0 * 1024.0);
  }

  private void collected(Notification n) {
    if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    Map<String, MemoryUsage> after =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
            .getGcInfo()
            .getMemoryUsageAfterGc();
    long used = 0;
    for (Map.Entry<String, MemoryUsage> e : after.entrySet()) {
      if (heapPools.contains(e.getKey())) {
        used += e.getValue().getUsed();
      }
    }
    peak.accumulateAndGet(used, Math::max);
  }

  @Override
  public void close() {
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (ListenerNotFoundException ignored) {
        // Never added to this one: nothing to remove.
      }
    }
  }
}
