package nl.leamonitor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.ingest.IoCause;
import nl.leamonitor.ingest.OwnerOnly;

/**
 * A folder the user named for a command's output ({@code --out}). Such a folder that cannot be made
 * or written (no rights, a read-only or full disk, a file in the way) is a configuration error,
 * exit 2 by contract section 5, not an unexpected one (exit 1): the user named the folder and fixes
 * it by changing its rights or naming another. The message names the folder and the cause in words.
 */
final class OutputFolder {
  private OutputFolder() {}

  /**
   * Makes the folder where it is missing and checks that a file can be written into it, so that a
   * command stops before it starts rather than halfway.
   */
  static void prepare(Path folder, String option) {
    prepare(folder, option, false);
  }

  /**
   * Makes the folder where it is missing, readable by its owner only as {@link OwnerOnly} makes
   * them, and checks that a file can be written into it.
   */
  static void prepareOwnerOnly(Path folder, String option) {
    prepare(folder, option, true);
  }

  private static void prepare(Path folder, String option, boolean ownerOnly) {
    try {
      if (ownerOnly) {
        OwnerOnly.createDirectories(folder);
      } else {
        Files.createDirectories(folder);
      }
      Path probe = Files.createTempFile(folder, ".lea-schrijftest-", "");
      Files.delete(probe);
    } catch (IOException e) {
      throw unwritable(folder, option, e);
    }
  }

  /** Returns the first part of a folder's path that is a file, not a folder, if one is. */
  private static Optional<Path> fileInTheWay(Path folder) {
    Path part = folder.getRoot();
    for (Path name : folder) {
      part = part == null ? name : part.resolve(name);
      if (Files.exists(part) && !Files.isDirectory(part)) {
        return Optional.of(part);
      }
    }
    return Optional.empty();
  }

  /** Returns the configuration error for an output folder that could not be written. */
  static ConfigurationException unwritable(Path folder, String option, IOException e) {
    Optional<Path> inTheWay = fileInTheWay(folder);
    if (inTheWay.isPresent()) {
      return new ConfigurationException(
          "De uitvoermap "
              + folder
              + " kan niet beschreven worden: "
              + inTheWay.get()
              + " is een bestand, geen map. Verplaats of verwijder dat bestand, of kies met "
              + option
              + " een andere map.");
    }
    IoCause cause = IoCause.of(e);
    String advice = cause.advice();
    // A file in the folder (the lock, the test file) or the folder itself adds nothing to the
    // folder's name; a file elsewhere on the path (one in the way of a folder) is named.
    Path absolute = folder.toAbsolutePath().normalize();
    String where =
        IoCause.file(e)
            .map(f -> Path.of(f).toAbsolutePath().normalize())
            .filter(f -> !f.equals(absolute) && !absolute.equals(f.getParent()))
            .map(f -> " (" + f + ")")
            .orElse("");
    return new ConfigurationException(
        "De uitvoermap "
            + folder
            + " kan niet beschreven worden: "
            + cause.words()
            + where
            + ". "
            + advice.substring(0, advice.length() - 1)
            + ", of kies met "
            + option
            + " een andere map.");
  }
}
