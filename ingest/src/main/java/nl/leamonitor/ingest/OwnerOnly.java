package nl.leamonitor.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders and files about persons (rejected rows, the lake, staging), readable by their owner only:
 * folders mode 0700, files 0600, on POSIX file systems; elsewhere (Windows) the folder's own access
 * rules apply.
 *
 * <p>The modes do not depend on the umask: a folder or file is created with the restrictive mode
 * (the umask can only take bits away from it, so it is never wider, not even for a moment), then
 * set to exactly that mode, which the umask does not touch. What other writers made (DuckDB's and
 * Spark's Parquet files and partition folders, made with their own modes inside a folder nobody
 * else can enter) is set with {@link #restrictTree} once they are written.
 */
public final class OwnerOnly {
  /** Mode 0700. */
  public static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");

  /** Mode 0600. */
  public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnly() {}

  /**
   * Creates a folder and any missing parents with mode 0700, and sets the folder itself to 0700
   * also when it existed (parents that existed keep their mode); returns it.
   */
  public static Path createDirectories(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath();
    if (!posix(absolute)) {
      return Files.createDirectories(dir);
    }
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
      missing.push(p);
    }
    FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(FOLDER);
    for (Path p : missing) {
      try {
        Files.createDirectory(p, mode);
      } catch (FileAlreadyExistsException e) {
        if (!Files.isDirectory(p)) {
          throw e;
        }
      }
      Files.setPosixFilePermissions(p, FOLDER);
    }
    Files.setPosixFilePermissions(absolute, FOLDER);
    return dir;
  }

  /**
   * Opens a UTF-8 writer on a new or emptied file of mode 0600; its folder must exist. The mode is
   * set before the first byte is written.
   */
  public static BufferedWriter newWriter(Path file) throws IOException {
    return newWriter(file, StandardCharsets.UTF_8.newEncoder());
  }

  /**
   * Opens a writer that encodes with {@code encoder} (and its actions for characters it cannot
   * encode) on a new or emptied file of mode 0600; its folder must exist. The mode is set before
   * the first byte is written.
   */
  public static BufferedWriter newWriter(Path file, CharsetEncoder encoder) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(newOutputStream(file), encoder));
  }

  /**
   * Opens an unbuffered stream of bytes on a new or emptied file of mode 0600; its folder must
   * exist. The mode is set before the first byte is written.
   */
  public static OutputStream newOutputStream(Path file) throws IOException {
    if (posix(file.toAbsolutePath())) {
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
      } catch (FileAlreadyExistsException e) {
        // an earlier check's file is emptied below, after its mode is set
      }
      Files.setPosixFilePermissions(file, FILE);
    }
    return Files.newOutputStream(
        file,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
  }

  /**
   * Sets every folder under {@code root}, itself included, to 0700 and every file to 0600; symbolic
   * links are not followed. Does nothing when {@code root} does not exist.
   */
  public static void restrictTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS) || !posix(root.toAbsolutePath())) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.setPosixFilePermissions(p, FOLDER);
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.setPosixFilePermissions(p, FILE);
        }
      }
    }
  }

  /**
   * Returns whether the path's file system has POSIX modes, so that these folders are the owner's
   * alone.
   */
  public static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
