package nl.leamonitor.ingest;

/**
 * Signals a usage or configuration error (contract exit code 2), with a message saying what to set.
 */
public final class ConfigurationException extends RuntimeException {
  /** Creates the exception with a one-line Dutch message. */
  public ConfigurationException(String message) {
    super(message);
  }
}
