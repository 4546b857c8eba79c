package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HeapFootprintTest {
  private static String value(String name) {
    return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
        .getVMOption(name)
        .getValue();
  }

  @Test
  void theHeapKeepsLittleFreeAfterACollectionAndNothingIsCapped() {
    long maxBefore = Runtime.getRuntime().maxMemory();
    HeapFootprint.apply();
    for (var o : HeapFootprint.OPTIONS.entrySet()) {
      assertThat(value(o.getKey())).as(o.getKey()).isEqualTo(o.getValue());
    }
    assertThat(Runtime.getRuntime().maxMemory()).isEqualTo(maxBefore);
  }
}
