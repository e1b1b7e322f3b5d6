package nl.leamonitor.ingest.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * Where a delivery folder lives: this machine's disk ({@link LocalDeliveryStore}), or under the
 * Spark engine a Hadoop file system ({@code hdfs:}, {@code s3a:}). Ingest reads a delivery only
 * through this, so the contract's rules do not depend on where the files are.
 */
public interface DeliveryStore {
  /** Returns the folder as the user gave it, for messages and the manifest. */
  String location();

  /** Returns whether the folder exists and is a folder. */
  boolean isFolder() throws IOException;

  /**
   * Returns every regular file under the folder, as a path relative to it with {@code /}
   * separators.
   */
  List<String> list() throws IOException;

  /** Opens a file of the folder by its relative name. */
  InputStream open(String name) throws IOException;

  /** Returns the file's address for Hadoop's file systems, which is how Spark tasks open it. */
  URI uri(String name);
}
