package org.wirewatch.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes the options to the settings directory in the background, the newest superseding any still
 * waiting, so every face (window, wall, bar) remembers what was chosen in it without I/O on the FX
 * thread.
 */
final class SettingsWriter {
  private static final System.Logger LOG = System.getLogger(SettingsWriter.class.getName());

  private final Path dir;
  private final Executor background;
  // The latest settings wait here for the background writer; older ones are simply superseded.
  private final AtomicReference<UiSettings> unsaved = new AtomicReference<>();
  private final Object writeLock = new Object();

  SettingsWriter(Path dir, Executor background) {
    this.dir = dir;
    this.background = background;
  }

  void save(UiSettings settings) {
    unsaved.set(settings);
    background.execute(this::writeLatest);
  }

  private void writeLatest() {
    synchronized (writeLock) {
      UiSettings latest = unsaved.getAndSet(null);
      if (latest == null) {
        return;
      }
      try {
        latest.save(dir);
      } catch (IOException | UncheckedIOException e) {
        // The faces work without remembered options; losing them must not break the display.
        LOG.log(System.Logger.Level.WARNING, "could not save UI settings: " + e.getMessage());
      }
    }
  }
}
