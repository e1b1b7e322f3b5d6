package nl.leamonitor.ingest.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import nl.leamonitor.ingest.csv.ByteSource;

/**
 * One recognised file of a delivery folder.
 *
 * @param name its path relative to the delivery folder with {@code /} separators, as published
 * @param dataset which dataset it delivers
 * @param store the folder it is in
 */
public record DeliveryFile(String name, Dataset dataset, DeliveryStore store)
    implements ByteSource {
  @Override
  public InputStream open() throws IOException {
    return store.open(name);
  }

  /** Returns the file's address for Hadoop's file systems (Spark tasks). */
  public URI uri() {
    return store.uri(name);
  }
}
