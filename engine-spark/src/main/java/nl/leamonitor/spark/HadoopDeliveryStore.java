package nl.leamonitor.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * A delivery folder on a Hadoop file system: {@code hdfs:}, {@code s3a:} (with hadoop-aws on
 * Spark's classpath), {@code file:}, or any other scheme the cluster's Hadoop configuration knows.
 * The driver lists it, detects dialects and hashes files through it; the tasks open the same URIs.
 */
final class HadoopDeliveryStore implements nl.leamonitor.ingest.delivery.DeliveryStore {
  private final String location;
  private final Path root;
  private final HadoopSettings hadoop;
  private FileSystem fileSystem;

  HadoopDeliveryStore(String location, HadoopSettings hadoop) {
    this.location = location;
    this.root = new Path(URI.create(location.endsWith("/") ? location : location + "/"));
    this.hadoop = hadoop;
  }

  private FileSystem fileSystem() throws IOException {
    if (fileSystem == null) {
      fileSystem = root.getFileSystem(hadoop.configuration());
    }
    return fileSystem;
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public boolean isFolder() throws IOException {
    try {
      return fileSystem().getFileStatus(root).isDirectory();
    } catch (FileNotFoundException e) {
      return false;
    }
  }

  @Override
  public List<String> list() throws IOException {
    FileSystem fs = fileSystem();
    String base = fs.makeQualified(root).toUri().getPath();
    String prefix = base.endsWith("/") ? base : base + "/";
    List<String> names = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
    while (files.hasNext()) {
      LocatedFileStatus file = files.next();
      if (file.isFile()) {
        String path = file.getPath().toUri().getPath();
        names.add(
            path.startsWith(prefix) ? path.substring(prefix.length()) : file.getPath().getName());
      }
    }
    return names;
  }

  @Override
  public InputStream open(String name) throws IOException {
    return fileSystem().open(new Path(root, name));
  }

  @Override
  public URI uri(String name) {
    try {
      return fileSystem().makeQualified(new Path(root, name)).toUri();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
