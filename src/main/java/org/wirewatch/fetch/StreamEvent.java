package org.wirewatch.fetch;

/**
 * One Server-Sent Event as received.
 *
 * @param id its {@code id:}, or {@code null}
 * @param type its {@code event:}, "message" when it had none
 * @param data its {@code data:} lines joined with newlines
 */
public record StreamEvent(String id, String type, String data) {
  public StreamEvent {
    type = type == null || type.isEmpty() ? "message" : type;
    data = data == null ? "" : data;
  }
}
