package org.wirewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureMessagesTest {
  private static String io(IOException e) {
    return FailureMessages.io(
        e, Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(20));
  }

  @Test
  void statusUsesTheStandardReasonEvenWhenTheServerSendsNone() {
    assertThat(FailureMessages.status(503, "")).isEqualTo("HTTP 503 Service Unavailable");
    assertThat(FailureMessages.status(503, "Everything is fine"))
        .isEqualTo("HTTP 503 Service Unavailable");
  }

  @Test
  void anUnknownStatusKeepsACleanedServerReasonOrJustItsNumber() {
    assertThat(FailureMessages.status(418, "I'm a teapot")).isEqualTo("HTTP 418 I'm a teapot");
    assertThat(FailureMessages.status(599, "\u0007evil\u001b[31m")).isEqualTo("HTTP 599 evil[31m");
    assertThat(FailureMessages.status(599, "")).isEqualTo("HTTP 599");
    assertThat(FailureMessages.status(599, "x".repeat(500))).hasSize("HTTP 599 ".length() + 60);
  }

  @Test
  void networkFailuresAreSaidInWords() {
    assertThat(io(new UnknownHostException("example.invalid")))
        .isEqualTo("unknown host example.invalid");
    assertThat(io(new ConnectException("Connection refused"))).isEqualTo("connection refused");
    assertThat(io(new ConnectException("Network is unreachable")))
        .isEqualTo("could not connect: Network is unreachable");
    assertThat(io(new SocketTimeoutException("Connect timed out")))
        .isEqualTo("connect timed out after 10 s");
    assertThat(io(new SocketTimeoutException("Read timed out"))).isEqualTo("no data for 15 s");
    assertThat(io(new InterruptedIOException("timeout"))).isEqualTo("timed out after 20 s");
    assertThat(io(new IOException("unexpected end of stream")))
        .isEqualTo("unexpected end of stream");
    assertThat(io(new IOException())).isEqualTo("IOException");
  }

  @Test
  void sizesAndDurationsReadNaturally() {
    assertThat(FailureMessages.size(10L * 1024 * 1024)).isEqualTo("10 MB");
    assertThat(FailureMessages.size(512 * 1024)).isEqualTo("512 KB");
    assertThat(FailureMessages.size(1500)).isEqualTo("1500 bytes");
    assertThat(FailureMessages.words(Duration.ofSeconds(20))).isEqualTo("20 s");
    assertThat(FailureMessages.words(Duration.ofMillis(300))).isEqualTo("300 ms");
    assertThat(FailureMessages.words(Duration.ofMinutes(5))).isEqualTo("5 min");
  }
}
