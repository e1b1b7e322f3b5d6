package nl.leamonitor.cli.publish;

/** Signals that another run holds the output folder's lock (contract exit code 4). */
public final class OutputLockedException extends RuntimeException {
  public OutputLockedException(String message) {
    super(message);
  }
}
