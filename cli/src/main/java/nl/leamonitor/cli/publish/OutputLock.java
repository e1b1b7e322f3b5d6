package nl.leamonitor.cli.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The output folder's lock: an operating-system lock on {@code DIR/.lea.lock}, whose content names
 * the holder. The kernel drops the lock when its process dies, so a lock left by a killed run is
 * never stale: the next run simply takes it.
 */
public final class OutputLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of an output folder, or throws {@link OutputLockedException} naming its holder.
   */
  public static OutputLock acquire(Path outDir) {
    Path file = outDir.resolve(".lea.lock");
    try {
      // Named before the lock is taken: the host name lookup can take a while, and a run that
      // finds the lock taken reads this text to say who holds it.
      String holder =
          "pid "
              + ProcessHandle.current().pid()
              + " op "
              + InetAddress.getLocalHost().getHostName()
              + ", gestart "
              + Instant.now();
      Files.createDirectories(outDir);
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String other = holderOf(file);
        channel.close();
        throw new OutputLockedException(
            "De uitvoermap "
                + outDir
                + " is in gebruik door een andere run ("
                + (other.isEmpty() ? "onbekend proces" : other)
                + "). Wacht tot die klaar is en start daarna opnieuw.");
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(true);
      return new OutputLock(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("de lock op " + file + " kon niet gezet worden", e);
    }
  }

  /**
   * Reads who holds the lock; a holder that has just taken it may not have written its name yet, so
   * wait a moment for it.
   */
  private static String holderOf(Path file) throws IOException {
    for (int attempt = 0; ; attempt++) {
      String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (!holder.isEmpty() || attempt == 40) {
        return holder;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return holder;
      }
    }
  }

  @Override
  public void close() throws IOException {
    channel.truncate(0);
    lock.release();
    channel.close();
  }
}
