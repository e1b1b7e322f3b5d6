package nl.leamonitor.cli.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import nl.leamonitor.ingest.OutputFolders;
import nl.leamonitor.ingest.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's two folders: its publication under {@code DIR/runs/} and its internal part (what is
 * about persons: {@code afgekeurd/}, the lake, the staging) under {@code DIR/intern/runs/}, with
 * the same name, never inside the publication. {@code DIR/intern} and everything in it is readable
 * by the owner only (folders 0700, files 0600, see {@link OwnerOnly}).
 *
 * <p>A run writes into {@code <id>.bezig} in both places. A complete run is renamed to {@code <id>}
 * in both (internal first), then published by switching two symbolic links, each with one atomic
 * rename of a new link over the old: first {@code DIR/intern/latest -> runs/<id>}, then {@code
 * DIR/latest -> runs/<id>}. Two links cannot change in one atomic step, so the order decides what a
 * reader can see: {@code DIR/latest} is the commit point. The internal link may be one run ahead of
 * the publication for the moment between the two renames, never behind it, and the publication it
 * points at is always complete with its internal folder in place. A reader who needs the pair
 * starts from {@code DIR/latest/manifest.json}, whose {@code "intern"} names the run's own internal
 * folder, not a link. If the process dies between the two renames, the next run (under the lock,
 * before it starts) points {@code DIR/intern/latest} back at the published run: the unpublished run
 * is kept like any older one, as it would be after a kill just before the switch.
 *
 * <p>A failed run is kept as {@code <id>.mislukt} in both places so its rejects can be inspected. A
 * run killed before it finished leaves {@code <id>.bezig}; the next run removes it (internal part
 * first, as the public {@code .bezig} folder is what marks the run unfinished).
 */
public final class RunFolder {
  private static final Logger LOG = LoggerFactory.getLogger(RunFolder.class);
  private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  static final String IN_PROGRESS = ".bezig";
  static final String FAILED = ".mislukt";

  /** The internal area's folder under the output folder. */
  public static final String INTERNAL = "intern";

  static final String LATEST = "latest";

  /** A new link is made under this prefix and renamed over {@code latest}. */
  private static final String NEW_LINK = ".latest-";

  private final Path outDir;
  private final String id;
  private final Path path;
  private final Path internal;

  private RunFolder(Path outDir, String id, Path path, Path internal) {
    this.outDir = outDir;
    this.id = id;
    this.path = path;
    this.internal = internal;
  }

  /** Creates a new run's two folders; call while holding the {@link OutputLock}. */
  public static RunFolder create(Path outDir) throws IOException {
    Path runs = Files.createDirectories(outDir.resolve("runs"));
    OwnerOnly.createDirectories(outDir.resolve(INTERNAL));
    Path internalRuns = OwnerOnly.createDirectories(outDir.resolve(INTERNAL).resolve("runs"));
    removeAbandoned(runs, internalRuns);
    alignInternalLatest(outDir);
    String base = LocalDateTime.now().format(ID);
    String id = base;
    for (int n = 2; taken(runs, id) || taken(internalRuns, id); n++) {
      id = base + "-" + n;
    }
    Path path = runs.resolve(id + IN_PROGRESS);
    Files.createDirectory(path);
    Path internal = OwnerOnly.createDirectories(internalRuns.resolve(id + IN_PROGRESS));
    return new RunFolder(outDir, id, path, internal);
  }

  private static boolean taken(Path runs, String id) {
    return Files.exists(runs.resolve(id))
        || Files.exists(runs.resolve(id + IN_PROGRESS))
        || Files.exists(runs.resolve(id + FAILED));
  }

  /**
   * Removes the folders of runs that were killed before they finished; they were never published. A
   * run killed between its two renames has its internal folder already renamed: that goes too.
   */
  private static void removeAbandoned(Path runs, Path internalRuns) throws IOException {
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(internalRuns, "*" + IN_PROGRESS)) {
      for (Path abandoned : stream) {
        deleteTree(abandoned);
      }
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(runs, "*" + IN_PROGRESS)) {
      for (Path abandoned : stream) {
        LOG.warn(
            "Onvoltooide run {} van een afgebroken proces wordt opgeruimd",
            abandoned.getFileName());
        String name = abandoned.getFileName().toString();
        String id = name.substring(0, name.length() - IN_PROGRESS.length());
        for (Path internal :
            new Path[] {internalRuns.resolve(id), internalRuns.resolve(id + FAILED)}) {
          if (Files.exists(internal, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(internal);
          }
        }
        deleteTree(abandoned);
      }
    }
  }

  /**
   * Points {@code DIR/intern/latest} at the published run's internal folder again when a run died
   * between switching it and switching {@code DIR/latest}, and removes links such a run made but
   * never renamed.
   */
  private static void alignInternalLatest(Path outDir) throws IOException {
    Path internalDir = outDir.resolve(INTERNAL);
    for (Path dir : new Path[] {outDir, internalDir}) {
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, NEW_LINK + "*")) {
        for (Path stray : stream) {
          if (Files.isSymbolicLink(stray)) {
            Files.delete(stray);
          }
        }
      }
    }
    Path internalLatest = internalDir.resolve(LATEST);
    Optional<String> published = target(outDir.resolve(LATEST));
    if (published.isEmpty()
        || !Files.isDirectory(internalDir.resolve(published.get()))
        || published.equals(target(internalLatest))
        // something else by that name: publish() says so
        || Files.exists(internalLatest, LinkOption.NOFOLLOW_LINKS)
            && !Files.isSymbolicLink(internalLatest)) {
      return;
    }
    LOG.warn(
        "intern/latest wees niet naar de gepubliceerde run (een vorige run is tijdens het"
            + " publiceren afgebroken); hersteld naar {}",
        published.get());
    switchLink(internalDir, published.get());
  }

  /**
   * Returns where a symbolic link points, as written in it ({@code runs/<id>}); empty when it is
   * not a link.
   */
  private static Optional<String> target(Path link) throws IOException {
    return Files.isSymbolicLink(link)
        ? Optional.of(Files.readSymbolicLink(link).toString())
        : Optional.empty();
  }

  /** Returns the folder the run publishes from. */
  public Path path() {
    return path;
  }

  /** Returns the run's internal folder, for what is about persons. */
  public Path internal() {
    return internal;
  }

  /** Returns where ingest writes: the publication folder and the internal folder. */
  public OutputFolders folders() {
    return new OutputFolders(path, internal);
  }

  public String id() {
    return id;
  }

  /** Returns the internal folder's name once the run is complete, relative to the output folder. */
  public String internalName() {
    return INTERNAL + "/runs/" + id;
  }

  /**
   * Returns the run's scratch folder (staging files, DuckDB spill), in the internal folder and
   * removed before publication.
   */
  public Path work() throws IOException {
    return OwnerOnly.createDirectories(folders().work());
  }

  /**
   * Makes the complete run the published one: rename both folders, then switch {@code
   * intern/latest} and {@code latest}, each atomically, in that order (see the class comment).
   */
  public Path publish() throws IOException {
    Path done = finish("");
    Path latest = outDir.resolve(LATEST);
    Path internalLatest = outDir.resolve(INTERNAL).resolve(LATEST);
    for (Path link : new Path[] {latest, internalLatest}) {
      if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
        throw new IOException(
            link + " is geen symbolische link; verplaats die map, dan kan de run publiceren");
      }
    }
    switchLink(outDir.resolve(INTERNAL), "runs/" + id);
    switchLink(outDir, "runs/" + id);
    return done;
  }

  /**
   * Keeps a failed run's folders for inspection under {@code <id>.mislukt}; returns the internal
   * one.
   */
  public Path fail() throws IOException {
    finish(FAILED);
    return internal.resolveSibling(id + FAILED);
  }

  /**
   * Removes the scratch folder, restricts the internal folder and renames both folders, internal
   * first; returns the publication's.
   */
  private Path finish(String suffix) throws IOException {
    Path work = folders().work();
    if (Files.exists(work)) {
      deleteTree(work);
    }
    // DuckDB and Spark made their Parquet files and folders with their own modes.
    OwnerOnly.restrictTree(internal);
    Files.move(internal, internal.resolveSibling(id + suffix), StandardCopyOption.ATOMIC_MOVE);
    Path renamed = path.resolveSibling(id + suffix);
    Files.move(path, renamed, StandardCopyOption.ATOMIC_MOVE);
    return renamed;
  }

  /** Replaces {@code dir/latest} with a link to {@code target} in one atomic rename. */
  private static void switchLink(Path dir, String target) throws IOException {
    Path link = dir.resolve(NEW_LINK + Path.of(target).getFileName());
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, Path.of(target));
    try {
      Files.move(
          link,
          dir.resolve(LATEST),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.deleteIfExists(link);
      throw new IOException(
          "het bestandssysteem van " + dir + " kan latest niet atomair omzetten", e);
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
