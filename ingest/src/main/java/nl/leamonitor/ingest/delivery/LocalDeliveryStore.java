package nl.leamonitor.ingest.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A delivery folder on this machine's disk (or a mount of it). */
public record LocalDeliveryStore(Path root) implements DeliveryStore {
  @Override
  public String location() {
    return root.toString();
  }

  @Override
  public boolean isFolder() {
    return Files.isDirectory(root);
  }

  @Override
  public List<String> list() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .toList();
    }
  }

  @Override
  public InputStream open(String name) throws IOException {
    return Files.newInputStream(root.resolve(name));
  }

  @Override
  public URI uri(String name) {
    return root.resolve(name).toAbsolutePath().toUri();
  }
}
