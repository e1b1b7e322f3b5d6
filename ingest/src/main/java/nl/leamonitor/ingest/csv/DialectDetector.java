package nl.leamonitor.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.IoCause;
import nl.leamonitor.ingest.values.DeliveredText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Detects a delivered file's dialect (contract section 1, "Accepted CSV dialects").
 *
 * <p>The whole file is scanned once ({@link TextScan}): a run of Ctrl-Z and NUL bytes at its very
 * end is padding, not text; a NUL byte elsewhere makes it "not CSV"; valid UTF-8 (with or without
 * byte order mark) is UTF-8, anything else Windows-1252 (what Excel writes as "CSV"), with a
 * warning when it also holds UTF-8 multi-byte sequences. Delimiter: Excel's hint {@code sep=;} on
 * the first line, or else the most frequent of {@code ;}, tab and {@code ,} outside quotes on the
 * header line, ties going in that order.
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
            0,
            "het bestand is leeg (0 bytes)",
            "Lever het bestand opnieuw aan met een kopregel.");
      }
      checkText(head, name);
      boolean bom =
          head.length >= 3
              && (head[0] & 0xFF) == 0xEF
              && (head[1] & 0xFF) == 0xBB
              && (head[2] & 0xFF) == 0xBF;
      TextScan scan = scan(file);
      if (scan.innerNul() >= 0) {
        throw problem(
            name,
            lineAt(file, scan.innerNul()),
            "deze regel bevat een NUL-byte, dus dit is geen CSV-tekstbestand",
            "Lever een CSV-bestand aan, geen binair bestand (alleen NUL-bytes en Ctrl-Z aan het"
                + " eind van een bestand worden genegeerd).");
      }
      long mixed = 0;
      if (!scan.valid() && scan.firstMultiByte() >= 0) {
        mixed = lineAt(file, scan.firstMultiByte());
        LOG.warn(
            "{}: geen geldige UTF-8 (regel {}), maar wel UTF-8-tekens (regel {}): zijn twee"
                + " exports samengevoegd? Het bestand is als Windows-1252 gelezen; controleer"
                + " namen met letters als é, ë of ’ in de uitvoer, of lever het bestand opnieuw"
                + " aan in één codering.",
            name,
            lineAt(file, scan.firstInvalid()),
            mixed);
      }
      Charset charset = scan.valid() ? StandardCharsets.UTF_8 : WINDOWS_1252;
      if (!scan.valid() && scan.firstUndefined1252() >= 0) {
        LOG.warn(
            "{}: regel {} bevat een byte die in Windows-1252 geen teken is (een export in een"
                + " andere codering, zoals DOS-codetabel 850?); die wordt gelezen als �. Lever het"
                + " bestand opnieuw aan als 'CSV UTF-8'.",
            name,
            lineAt(file, scan.firstUndefined1252()));
      }
      CsvDialect read = new CsvDialect(';', charset, bom, false, 0, scan.textBytes(), 0);
      List<String> lines = firstLines(file, read);
      char hint = separatorHint(lines.get(0));
      char delimiter = hint != 0 ? hint : delimiterOf(headerLine(lines, hint != 0, name));
      return new CsvDialect(
          delimiter, charset, bom, hint != 0, mixed, scan.textBytes(), scan.paddingBytes());
    } catch (IOException e) {
      throw problem(
          name,
          0,
          "het bestand kan niet gelezen worden: " + IoCause.of(e).words(),
          "Controleer of het bestand bestaat en leesbaar is.");
    }
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
          0,
          "het bestand is in UTF-16 opgeslagen",
          "Sla het op als 'CSV UTF-8 (gescheiden door lijstscheidingsteken)'.");
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      throw problem(
          name,
          0,
          "dit is geen CSV maar een Excel- of zip-bestand",
          "Sla het in Excel op als 'CSV UTF-8 (gescheiden door lijstscheidingsteken)'.");
    }
  }

  private static TextScan scan(ByteSource file) throws IOException {
    TextScan scan = new TextScan();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = file.open()) {
      for (int n = in.readNBytes(buffer, 0, buffer.length);
          n > 0;
          n = in.readNBytes(buffer, 0, buffer.length)) {
        scan.feed(buffer, n);
      }
    }
    scan.finish();
    return scan;
  }

  /**
   * Returns the physical line of a byte offset, counting line breaks as Commons CSV does (CR LF, CR
   * or LF). Used only for a message, so a second read of the file is no cost worth saving.
   */
  private static long lineAt(ByteSource file, long offset) throws IOException {
    long line = 1;
    int previous = -1;
    try (InputStream in = new java.io.BufferedInputStream(file.open(), 1 << 16)) {
      for (long i = 0; i < offset; i++) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        if (b == '\r' || b == '\n' && previous != '\r') {
          line++;
        }
        previous = b;
      }
    }
    return line;
  }

  /**
   * Returns the file's first line and its first non-blank line after it (or only the first line
   * when all others are blank).
   */
  private static List<String> firstLines(ByteSource file, CsvDialect dialect) throws IOException {
    List<String> lines = new ArrayList<>(2);
    try (BufferedReader reader = CsvRowReader.openText(file.open(), dialect)) {
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
        0,
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

  private static InputRejectedException problem(
      String name, long line, String what, String remedy) {
    return new InputRejectedException(new FileProblem(name, line, null, what, remedy));
  }
}
