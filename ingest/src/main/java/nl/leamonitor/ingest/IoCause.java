package nl.leamonitor.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a file operation failed, in Dutch words, from the kind of {@link IOException} the JDK threw:
 * a user reads "de schijf is vol", never {@code FileSystemException}. Where the JDK has no type of
 * its own (a full disk, a read-only file system, a path through a file), the operating system's
 * reason decides; it is never shown, as it is English.
 */
public enum IoCause {
  NO_ACCESS("onvoldoende rechten", "Geef de gebruiker die lea start lees- en schrijfrechten."),
  NOT_FOUND("het bestand of de map bestaat niet", "Controleer het pad."),
  NOT_A_FOLDER(
      "een deel van het pad is een bestand, geen map",
      "Controleer het pad: elk deel ervan moet een map zijn."),
  ALREADY_EXISTS("er staat al een bestand met die naam", "Verplaats of verwijder dat bestand."),
  NOT_EMPTY("de map is niet leeg", "Maak de map leeg."),
  DISK_FULL("de schijf is vol", "Maak ruimte vrij op de schijf."),
  QUOTA_EXCEEDED(
      "de schijfruimte van de gebruiker (quota) is op",
      "Maak ruimte vrij, of vraag de beheerder om meer ruimte."),
  READ_ONLY(
      "het bestandssysteem is alleen-lezen", "Laat de beheerder de schijf beschrijfbaar maken."),
  NOT_TEXT("het bestand is geen UTF-8-tekst", "Sla het bestand op als UTF-8."),
  OTHER(
      "het besturingssysteem meldt een lees- of schrijffout",
      "Start opnieuw met LEA_DEBUG=1 voor de details.");

  private final String words;
  private final String advice;

  IoCause(String words, String advice) {
    this.words = words;
    this.advice = advice;
  }

  /** Returns the cause in words, such as "de schijf is vol". */
  public String words() {
    return words;
  }

  /** Returns what the user can do about it, as one Dutch sentence. */
  public String advice() {
    return advice;
  }

  /** Returns the cause of a failed file operation. */
  public static IoCause of(IOException e) {
    if (e instanceof AccessDeniedException) {
      return NO_ACCESS;
    }
    if (e instanceof NoSuchFileException) {
      return NOT_FOUND;
    }
    if (e instanceof NotDirectoryException) {
      return NOT_A_FOLDER;
    }
    if (e instanceof FileAlreadyExistsException) {
      return ALREADY_EXISTS;
    }
    if (e instanceof DirectoryNotEmptyException) {
      return NOT_EMPTY;
    }
    if (e instanceof CharacterCodingException) {
      return NOT_TEXT;
    }
    // The reason is strerror's text (errno), the same on every Linux with an English or C locale.
    String reason =
        (e instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason()
                : String.valueOf(e.getMessage()))
            .toLowerCase(Locale.ROOT);
    if (reason.contains("no space left")) {
      return DISK_FULL;
    }
    if (reason.contains("quota exceeded")) {
      return QUOTA_EXCEEDED;
    }
    if (reason.contains("read-only file system")) {
      return READ_ONLY;
    }
    if (reason.contains("not a directory")) {
      return NOT_A_FOLDER;
    }
    if (reason.contains("permission denied") || reason.contains("operation not permitted")) {
      return NO_ACCESS;
    }
    return OTHER;
  }

  /** Returns the file a failed operation names, when the JDK names one. */
  public static Optional<String> file(IOException e) {
    return e instanceof FileSystemException fs
        ? Optional.ofNullable(fs.getFile())
        : Optional.empty();
  }

  /** Returns the cause in words with the file it concerns: "de schijf is vol (uit/lea.log)". */
  public static String describe(IOException e) {
    IoCause cause = of(e);
    return cause.words + file(e).map(f -> " (" + f + ")").orElse("");
  }
}
