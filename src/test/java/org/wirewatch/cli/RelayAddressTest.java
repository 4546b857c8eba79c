package org.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** --serve listens on loopback unless another address is written out. */
class RelayAddressTest {
  @Test
  void aPortAloneIsLoopback() {
    assertThat(RelayRunner.address("8080").getHostString()).isEqualTo("127.0.0.1");
    assertThat(RelayRunner.address(":8080").getHostString()).isEqualTo("127.0.0.1");
    assertThat(RelayRunner.address("8080").getPort()).isEqualTo(8080);
  }

  @Test
  void anotherHostOnlyWhenGiven() {
    assertThat(RelayRunner.address("0.0.0.0:9000").getHostString()).isEqualTo("0.0.0.0");
    assertThat(RelayRunner.address("[::1]:9000").getAddress().isLoopbackAddress()).isTrue();
  }

  @Test
  void badAddressesSaySo() {
    assertThatThrownBy(() -> RelayRunner.address("relay")).hasMessageContaining("[HOST:]PORT");
    assertThatThrownBy(() -> RelayRunner.address("70000")).hasMessageContaining("no such port");
  }
}
