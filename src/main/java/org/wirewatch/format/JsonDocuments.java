package org.wirewatch.format;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/**
 * Reads JSON text into a Gson tree, turning every syntax problem into a {@link FeedParseException}
 * that says what is wrong and where (line, column and JSON path, as Gson reports them).
 */
public final class JsonDocuments {
  /** Deeper nesting than any real feed has; a hostile document stops here instead of recursing. */
  public static final int NESTING_LIMIT = 200;

  // Immutable and thread-safe: the tree reader needs no configuration.
  private static final TypeAdapter<JsonElement> TREE = new Gson().getAdapter(JsonElement.class);

  private JsonDocuments() {}

  /**
   * @param text the whole document
   * @param what what the document should be, for the message ("JSON Feed", "JSON-LD block 2")
   * @param lenient accept the sloppy JSON browsers tolerate in script blocks (single quotes,
   *     unquoted names); {@code false} for a document served as JSON
   */
  public static JsonElement read(String text, String what, boolean lenient)
      throws FeedParseException {
    if (text.isBlank()) {
      throw new FeedParseException(what + " is empty");
    }
    JsonReader reader = new JsonReader(new StringReader(text));
    reader.setStrictness(lenient ? Strictness.LENIENT : Strictness.LEGACY_STRICT);
    reader.setNestingLimit(NESTING_LIMIT);
    try {
      JsonElement root = TREE.read(reader);
      if (!atEnd(reader)) {
        throw new FeedParseException(
            what + " is not valid JSON: unexpected content after the end " + where(reader));
      }
      return root;
    } catch (IOException | JsonParseException | IllegalStateException e) {
      throw new FeedParseException(what + " is not valid JSON: " + describe(e, reader), e);
    }
  }

  private static boolean atEnd(JsonReader reader) {
    try {
      return reader.peek() == JsonToken.END_DOCUMENT;
    } catch (IOException e) {
      return false;
    }
  }

  private static String describe(Exception e, JsonReader reader) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // Gson appends a troubleshooting link on its own line; the user needs the first line only.
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    // Gson's advice to the programmer means nothing to a journalist.
    message =
        message.replaceFirst(
            "^Use JsonReader\\.set\\w+\\([\\w.]+\\) to accept malformed JSON", "malformed JSON");
    String full = message.contains(" line ") ? message : message + " " + where(reader);
    // A hostile document's path can be thousands of characters long.
    return full.length() > 300 ? full.substring(0, 300) + "…" : full;
  }

  private static String where(JsonReader reader) {
    // JsonReader.toString() is "JsonReader at line L column C path P".
    String s = reader.toString();
    int at = s.indexOf(" at line ");
    return at < 0 ? "" : s.substring(at + 1);
  }
}
