package nl.leamonitor.cli.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's folder under {@code DIR/runs/}. The run writes into {@code <id>.bezig}; only a
 * complete run is renamed to {@code <id>} and then made {@code DIR/latest} by replacing the
 * symbolic link with one atomic rename, so a reader never sees a half-written publication.
 * A failed run is kept as {@code <id>.mislukt} so its rejects can be inspected.
 */
public final class RunFolder {
  private static final Logger LOG = LoggerFactory.getLogger(RunFolder.class);
  private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  static final String IN_PROGRESS = ".bezig";
  static final String FAILED = ".mislukt";
  /** The scratch folder inside a run; the ingest step uses the same name. */
  static final String WORK = ".werk";

  private final Path outDir;
  private final String id;
  private final Path path;

  private RunFolder(Path outDir, String id, Path path) {
    this.outDir = outDir;
    this.id = id;
    this.path = path;
  }

  /** Creates a new run folder; call while holding the {@link OutputLock}. */
  public static RunFolder create(Path outDir) throws IOException {
    Path runs = outDir.resolve("runs");
    Files.createDirectories(runs);
    removeAbandoned(runs);
    String base = LocalDateTime.now().format(ID);
    String id = base;
    for (int n = 2; Files.exists(runs.resolve(id)) || Files.exists(runs.resolve(id + IN_PROGRESS))
        || Files.exists(runs.resolve(id + FAILED)); n++) {
      id = base + "-" + n;
    }
    Path path = runs.resolve(id + IN_PROGRESS);
    Files.createDirectory(path);
    return new RunFolder(outDir, id, path);
  }

  /** Removes folders of runs that were killed before they finished; they were never published. */
  private static void removeAbandoned(Path runs) throws IOException {
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(runs, "*" + IN_PROGRESS)) {
      for (Path abandoned : stream) {
        LOG.warn("Onvoltooide run {} van een afgebroken proces wordt opgeruimd", abandoned.getFileName());
        deleteTree(abandoned);
      }
    }
  }

  /** Returns the folder the run writes into. */
  public Path path() {
    return path;
  }

  public String id() {
    return id;
  }

  /** Returns the run's scratch folder (staging files, DuckDB spill), removed before publication. */
  public Path work() throws IOException {
    return Files.createDirectories(path.resolve(WORK));
  }

  /** Makes the complete run the published one: rename, then switch {@code latest} atomically. */
  public Path publish() throws IOException {
    removeWork();
    Path done = path.resolveSibling(id);
    Files.move(path, done, StandardCopyOption.ATOMIC_MOVE);
    Path latest = outDir.resolve("latest");
    if (Files.exists(latest) && !Files.isSymbolicLink(latest)) {
      throw new IOException(latest + " is geen symbolische link; verplaats die map, dan kan de run publiceren");
    }
    Path link = outDir.resolve(".latest-" + id);
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, outDir.relativize(done));
    try {
      Files.move(link, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.deleteIfExists(link);
      throw new IOException("het bestandssysteem van " + outDir + " kan latest niet atomair omzetten", e);
    }
    return done;
  }

  /** Keeps a failed run's folder for inspection under {@code <id>.mislukt}; returns it. */
  public Path fail() throws IOException {
    removeWork();
    Path failed = path.resolveSibling(id + FAILED);
    Files.move(path, failed, StandardCopyOption.ATOMIC_MOVE);
    return failed;
  }

  private void removeWork() throws IOException {
    if (Files.exists(path.resolve(WORK))) {
      deleteTree(path.resolve(WORK));
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
