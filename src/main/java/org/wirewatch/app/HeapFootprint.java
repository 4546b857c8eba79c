package org.wirewatch.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the committed heap near what the app holds (ADR 0012). On a big machine the JVM lets the
 * heap grow to a quarter of the memory and rarely gives it back: the window holds about 45 MB after
 * a collection but kept 200 to 390 MB committed. These options only steer how much free heap is
 * kept after a collection and let an idle app return memory; they cap nothing, so a full timeline
 * can never run out of heap because of them. They are manageable flags, set at run time, so a
 * {@code java -jar} start gets them as the packaged launcher does; an option given on the command
 * line is left as it was.
 */
final class HeapFootprint {
  /** Applied in this order: the minimum must never exceed the maximum on the way. */
  static final Map<String, String> OPTIONS = new LinkedHashMap<>();

  static {
    OPTIONS.put("MinHeapFreeRatio", "10");
    OPTIONS.put("MaxHeapFreeRatio", "30");
    OPTIONS.put("G1PeriodicGCInterval", "60000");
  }

  private HeapFootprint() {}

  /** Sets each option the command line did not set; returns how many it set. */
  static int apply() {
    HotSpotDiagnosticMXBean vm;
    try {
      vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    } catch (RuntimeException | LinkageError e) {
      return 0; // not a HotSpot VM: its defaults stand
    }
    if (vm == null) {
      return 0;
    }
    int set = 0;
    for (Map.Entry<String, String> o : OPTIONS.entrySet()) {
      try {
        VMOption now = vm.getVMOption(o.getKey());
        if (now.getOrigin() == VMOption.Origin.DEFAULT && now.isWriteable()) {
          vm.setVMOption(o.getKey(), o.getValue());
          set++;
        }
      } catch (IllegalArgumentException e) {
        // This VM has no such option or refuses the value: its default stands.
      }
    }
    return set;
  }
}
