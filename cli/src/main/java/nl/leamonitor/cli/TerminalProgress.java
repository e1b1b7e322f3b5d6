package nl.leamonitor.cli;

import java.io.PrintStream;
import java.util.Locale;
import nl.leamonitor.ingest.IngestJob;

/**
 * A progress line on an interactive terminal ({@code \\r}-rewritten, rows and rows per second);
 * without a terminal (cron, systemd) nothing, since the log lines already say what was read.
 */
final class TerminalProgress implements IngestJob.Progress {
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private final PrintStream out;

  private TerminalProgress(PrintStream out) {
    this.out = out;
  }

  /** Returns a progress line for a terminal, or no progress when there is none. */
  static IngestJob.Progress forThisProcess() {
    return System.console() != null ? new TerminalProgress(System.err) : IngestJob.Progress.NONE;
  }

  @Override
  public void rows(String file, long rows, double perSecond) {
    int width = 30;
    int filled = (int) (rows / 50_000 % (width + 1));
    // Ends with a carriage return, so the next log line writes over the progress line.
    out.printf(
        DUTCH,
        "  [%s%s] %s: %,d regels (%,.0f regels/s)\u001b[K\r",
        "#".repeat(filled),
        " ".repeat(width - filled),
        file,
        rows,
        perSecond);
    out.flush();
  }
}
