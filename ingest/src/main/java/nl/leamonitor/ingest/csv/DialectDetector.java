package nl.leamonitor.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.values.DeliveredText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Detects a delivered file's encoding and delimiter (contract section 1, "Accepted CSV dialects").
 *
 * <p>Everything is read through {@link EndPaddingFilter}, so Ctrl-Z and NUL padding at the end of a
 * file is not part of it. Encoding: the whole file is scanned once ({@link EncodingScan}); valid
 * UTF-8 (with or without byte order mark) is UTF-8, anything else Windows-1252 (what Excel writes
 * as "CSV"), with a warning when it also holds UTF-8 multi-byte sequences. Delimiter: Excel's hint
 * {@code sep=;} on the first line, or else the most frequent of {@code ;}, tab and {@code ,}
 * outside quotes on the header line, ties going in that order.
 */
public final class DialectDetector {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Logger LOG = LoggerFactory.getLogger(DialectDetector.class);
  private static final int SNIFF_BYTES = 64 * 1024;

  private DialectDetector() {}

  /**
   * Returns the dialect of a file on this machine's disk, or throws a file problem naming what is
   * wrong.
   */
  public static CsvDialect detect(Path file, String name) {
    return detect(() -> Files.newInputStream(file), name);
  }

  /**
   * Returns the dialect of a file wherever it is (local disk, HDFS, S3), or throws a file problem
   * naming what is wrong.
   */
  public static CsvDialect detect(ByteSource file, String name) {
    try {
      byte[] head = readHead(file);
      if (head.length == 0) {
        throw problem(
            name,
            "het bestand is leeg (0 bytes)",
            "Lever het bestand opnieuw aan met een kopregel.");
      }
      checkText(head, name);
      boolean bom =
          head.length >= 3
              && (head[0] & 0xFF) == 0xEF
              && (head[1] & 0xFF) == 0xBB
              && (head[2] & 0xFF) == 0xBF;
      EncodingScan encoding = scan(file, name);
      long mixed = 0;
      if (!encoding.valid() && encoding.firstMultiByteLine() > 0) {
        mixed = encoding.firstMultiByteLine();
        LOG.warn(
            "{}: geen geldige UTF-8 (regel {}), maar wel UTF-8-tekens (regel {}): zijn twee"
                + " exports samengevoegd? Het bestand is als Windows-1252 gelezen; controleer"
                + " namen met letters als é, ë of ’ in de uitvoer, of lever het bestand opnieuw"
                + " aan in één codering.",
            name,
            encoding.firstInvalidLine(),
            mixed);
      }
      Charset charset = encoding.valid() ? StandardCharsets.UTF_8 : WINDOWS_1252;
      List<String> lines = firstLines(file, charset, bom, name);
      char hint = separatorHint(lines.get(0));
      char delimiter = hint != 0 ? hint : delimiterOf(headerLine(lines, hint != 0, name));
      return new CsvDialect(delimiter, charset, bom, hint != 0, mixed);
    } catch (IOException e) {
      throw problem(
          name,
          "het bestand kan niet gelezen worden (" + FileProblem.describe(e) + ")",
          "Controleer of het bestand bestaat en leesbaar is.");
    }
  }

  /** Opens a file's text without padding at its end: what every reader of the file reads. */
  public static InputStream openBytes(ByteSource file, String name) throws IOException {
    return new EndPaddingFilter(file.open(), name, 0);
  }

  private static byte[] readHead(ByteSource file) throws IOException {
    try (InputStream in = file.open()) {
      return in.readNBytes(SNIFF_BYTES);
    }
  }

  private static void checkText(byte[] head, String name) {
    if (head.length >= 2
        && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
            || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
      throw problem(
          name,
          "het bestand is in UTF-16 opgeslagen",
          "Sla het op als 'CSV UTF-8 (gescheiden door lijstscheidingsteken)'.");
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      throw problem(
          name,
          "dit is geen CSV maar een Excel- of zip-bestand",
          "Sla het in Excel op als 'CSV UTF-8 (gescheiden door lijstscheidingsteken)'.");
    }
  }

  private static EncodingScan scan(ByteSource file, String name) throws IOException {
    EncodingScan scan = new EncodingScan();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = openBytes(file, name)) {
      for (int n = in.read(buffer); n >= 0 && !scan.settled(); n = in.read(buffer)) {
        scan.feed(buffer, 0, n);
      }
    }
    scan.finish();
    return scan;
  }

  /**
   * Returns the file's first line and its first non-blank line after it (or only the first line
   * when all others are blank).
   */
  private static List<String> firstLines(ByteSource file, Charset charset, boolean bom, String name)
      throws IOException {
    InputStream bytes = openBytes(file, name);
    if (bom) {
      bytes.skipNBytes(3);
    }
    List<String> lines = new ArrayList<>(2);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, charset))) {
      String line = reader.readLine();
      lines.add(line == null ? "" : line);
      while ((line = reader.readLine()) != null) {
        if (!DeliveredText.isBlank(line)) {
          lines.add(line);
          break;
        }
      }
    }
    return lines;
  }

  private static String headerLine(List<String> lines, boolean separatorLine, String name) {
    for (String line : lines.subList(separatorLine ? 1 : 0, lines.size())) {
      if (!DeliveredText.isBlank(line)) {
        return line;
      }
    }
    throw problem(
        name,
        "het bestand heeft geen kopregel (alleen lege regels)",
        "Lever het bestand opnieuw aan met de kolomnamen op de eerste regel.");
  }

  /**
   * Returns the delimiter of Excel's hint line {@code sep=;} ({@code sep=,}, {@code sep=} + tab; in
   * any case, perhaps quoted, perhaps followed by empty fields as Excel writes them when it saves
   * the file again), or 0 when the line is no such hint.
   */
  static char separatorHint(String line) {
    int i = 0;
    while (i < line.length()
        && (DeliveredText.isZeroWidth(line.charAt(i)) || line.charAt(i) == '"')) {
      i++;
    }
    if (!line.regionMatches(true, i, "sep=", 0, 4) || line.length() <= i + 4) {
      return 0;
    }
    char delimiter = line.charAt(i + 4);
    if (delimiter != ';' && delimiter != ',' && delimiter != '\t') {
      return 0;
    }
    for (int j = i + 5; j < line.length(); j++) {
      char c = line.charAt(j);
      if (c != '"'
          && c != delimiter
          && !DeliveredText.isSpace(c)
          && !DeliveredText.isZeroWidth(c)) {
        return 0;
      }
    }
    return delimiter;
  }

  static char delimiterOf(String header) {
    int semicolons = 0;
    int tabs = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        switch (c) {
          case ';' -> semicolons++;
          case '\t' -> tabs++;
          case ',' -> commas++;
          default -> {}
        }
      }
    }
    if (semicolons >= tabs && semicolons >= commas) {
      return ';';
    }
    return tabs >= commas ? '\t' : ',';
  }

  private static InputRejectedException problem(String name, String what, String remedy) {
    return new InputRejectedException(new FileProblem(name, 0, null, what, remedy));
  }
}
