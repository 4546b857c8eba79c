package org.wirewatch.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writing Wirewatch per data directory. SQLite would serialize two writers, but two apps
 * restoring, pruning and writing cursors for the same sources would each undo the other's
 * validators; the second one is told and keeps history off. The OS drops the lock when the process
 * dies, so a crash never leaves the directory locked. Readers (search, export) take no lock.
 */
final class DataDirLock implements AutoCloseable {
  static final String FILE_NAME = "wirewatch.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DataDirLock acquire(Path dir) throws StoreUnavailableException {
    Path file = dir.resolve(FILE_NAME);
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException | SecurityException e) {
      throw new StoreUnavailableException("cannot write in " + dir + " (" + e + ")", e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by this very process: another App on the same directory
    } catch (IOException e) {
      close(channel);
      throw new StoreUnavailableException("cannot lock " + file + " (" + e + ")", e);
    }
    if (lock == null) {
      String holder = holder(channel);
      close(channel);
      throw new StoreUnavailableException(
          "another Wirewatch" + holder + " is using " + dir + "; this one keeps no history");
    }
    try {
      byte[] pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(pid), 0);
    } catch (IOException e) {
      // The pid is only a courtesy for the message another instance shows.
    }
    return new DataDirLock(channel, lock);
  }

  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(32);
      int n = channel.read(buffer, 0);
      String pid = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.US_ASCII).trim();
      return pid.matches("\\d{1,10}") ? " (process " + pid + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing was written
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    close(channel);
  }
}
