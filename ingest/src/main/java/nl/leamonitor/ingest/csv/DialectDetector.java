package nl.leamonitor.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;

/**
 * Detects a delivered file's encoding and delimiter (contract section 1, "Accepted CSV dialects").
 *
 * <p>Encoding: a UTF-8 byte order mark means UTF-8; otherwise the whole file is streamed through a
 * strict UTF-8 decoder, and any invalid sequence means Windows-1252 (what Excel writes as "CSV").
 * Delimiter: the most frequent of {@code ;}, tab and {@code ,} outside quotes on the header line,
 * ties going in that order.
 */
public final class DialectDetector {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
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
      Charset charset = bom || isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
      char delimiter = delimiterOf(headerLine(file, charset, bom, name));
      return new CsvDialect(delimiter, charset, bom);
    } catch (IOException e) {
      throw problem(
          name,
          "het bestand kan niet gelezen worden (" + e.getClass().getSimpleName() + ")",
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
          "het bestand is in UTF-16 opgeslagen",
          "Sla het op als 'CSV UTF-8 (gescheiden door lijstscheidingsteken)'.");
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      throw problem(
          name,
          "dit is geen CSV maar een Excel- of zip-bestand",
          "Sla het in Excel op als 'CSV UTF-8 (gescheiden door lijstscheidingsteken)'.");
    }
    for (byte b : head) {
      if (b == 0) {
        throw problem(
            name,
            "dit is geen CSV-tekstbestand (het bevat NUL-bytes)",
            "Lever een CSV-bestand aan, geen binair bestand.");
      }
    }
  }

  private static boolean isUtf8(ByteSource file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    try (InputStream stream = file.open()) {
      while (true) {
        int n = stream.read(in.array(), in.position(), in.remaining());
        boolean end = n < 0;
        if (!end) {
          in.position(in.position() + n);
        }
        in.flip();
        CoderResult result = decoder.decode(in, out, end);
        if (result.isError()) {
          return false;
        }
        out.clear();
        in.compact();
        if (end) {
          return !decoder.flush(out).isError() && in.position() == 0;
        }
      }
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String headerLine(ByteSource file, Charset charset, boolean bom, String name)
      throws IOException {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.open(), charset))) {
      if (bom) {
        reader.skip(1);
      }
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          return line;
        }
      }
    }
    throw problem(
        name,
        "het bestand heeft geen kopregel (alleen lege regels)",
        "Lever het bestand opnieuw aan met de kolomnamen op de eerste regel.");
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
