package nl.leamonitor.cli.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The process's peak resident memory per phase: Linux's high-water mark {@code VmHWM}, reset
 * between phases through {@code /proc/self/clear_refs}. Elsewhere the figure is absent.
 */
public final class PeakMemory {
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private PeakMemory() {}

  /** Starts a new phase: the next peak counts from the memory in use now. */
  public static void reset() {
    try {
      Files.writeString(CLEAR_REFS, "5"); // 5 resets the peak RSS (proc(5))
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // not Linux, or not allowed: peaks then run from the start of the process
    }
  }

  /** Returns the peak resident memory since the last reset, in MB. */
  public static OptionalLong megabytes() {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmHWM:")) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
        }
      }
    } catch (IOException | NumberFormatException | SecurityException e) {
      // no /proc: no figure
    }
    return OptionalLong.empty();
  }
}
