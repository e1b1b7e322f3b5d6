package nl.leamonitor.ingest.csv;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens a file's bytes from the start, as often as asked (dialect detection reads a file more than
 * once).
 */
@FunctionalInterface
public interface ByteSource {
  /** Opens a new stream over the whole file. */
  InputStream open() throws IOException;
}
