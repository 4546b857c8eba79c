package org.wirewatch.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Function;
import org.wirewatch.model.SourceId;
import org.wirewatch.store.StoredUpdate;

/**
 * Writes an export to a file whole or not at all: into a temporary file beside the target, moved
 * over it only once complete, so a failure never leaves half a citation list where the user expects
 * the whole one, nor destroys the file that was there.
 */
public final class ExportFile {
  /** Produces the rows to export, in order (a history search). */
  @FunctionalInterface
  public interface Rows {
    void forEach(Consumer<StoredUpdate> each) throws SQLException;
  }

  private ExportFile() {}

  /** Writes {@code rows} to {@code file}; returns how many were written. */
  public static int write(
      Path file, ExportFormat format, Function<SourceId, ZoneId> zoneOf, Rows rows)
      throws IOException, SQLException {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, ".wirewatch-export", ".part");
    try {
      int written;
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
          HistoryExporter exporter = new HistoryExporter(format, writer, zoneOf)) {
        rows.forEach(exporter::write);
        written = exporter.written();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return written;
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
