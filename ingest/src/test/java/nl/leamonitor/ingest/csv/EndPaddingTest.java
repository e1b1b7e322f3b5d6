package nl.leamonitor.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End-of-file padding is ignored by every reader of a file, whatever the file's size (contract
 * section 1): the text just below, at and above every buffer the readers use (8 KiB in Java's
 * InputStreamReader and Commons CSV, 64 KiB in detection, the chunker and the splitter), followed
 * by NUL, Ctrl-Z and mixed runs shorter and longer than those buffers. Detection must find where
 * the text ends, and every reader exactly the records the test wrote.
 */
class EndPaddingTest {
  private static final int[] SIZES = {100, 8191, 8192, 8193, 65535, 65536, 65537, 131073};
  private static final int[] PADDINGS = {1, 8192, 65537};

  static Stream<Arguments> files() {
    List<Arguments> cases = new ArrayList<>();
    for (int size : SIZES) {
      for (boolean finalBreak : new boolean[] {true, false}) {
        for (int padding : PADDINGS) {
          cases.add(Arguments.of(size, finalBreak, "NUL", padding));
          cases.add(Arguments.of(size, finalBreak, "Ctrl-Z", padding));
          cases.add(Arguments.of(size, finalBreak, "Ctrl-Z+NUL", padding));
        }
      }
    }
    return cases.stream();
  }

  /** The records written, header first, each as its two fields. */
  private record Text(byte[] bytes, List<List<String>> records) {}

  /**
   * Writes {@code a;b} and rows {@code n;xxx..} of 20 bytes, the last one lengthened so that the
   * text is exactly {@code size} bytes.
   */
  private static Text text(int size, boolean finalBreak) {
    StringBuilder out = new StringBuilder("a;b\n");
    List<List<String>> records = new ArrayList<>(List.of(List.of("a", "b")));
    int n = 0;
    while (out.length() + 40 <= size) {
      String row = "%06d;%s\n".formatted(n++, "x".repeat(12));
      out.append(row);
      records.add(List.of(row.substring(0, 6), row.substring(7, 19)));
    }
    int rest = size - out.length() - 7 - (finalBreak ? 1 : 0);
    String last = "%06d;%s".formatted(n, "y".repeat(rest));
    out.append(last).append(finalBreak ? "\n" : "");
    records.add(List.of(last.substring(0, 6), last.substring(7)));
    byte[] bytes = out.toString().getBytes(StandardCharsets.US_ASCII);
    assertEquals(size, bytes.length);
    return new Text(bytes, records);
  }

  private static byte[] padded(byte[] text, String kind, int padding) {
    byte[] pad = new byte[padding];
    switch (kind) {
      case "NUL" -> Arrays.fill(pad, (byte) 0);
      case "Ctrl-Z" -> Arrays.fill(pad, (byte) 0x1A);
      default -> {
        Arrays.fill(pad, (byte) 0);
        pad[0] = 0x1A;
        pad[padding - 1] = 0x1A;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text);
    out.writeBytes(pad);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0} bytes, final break {1}, {3} x {2}")
  @MethodSource("files")
  void everyReaderIgnoresThePadding(int size, boolean finalBreak, String kind, int padding)
      throws IOException {
    Text text = text(size, finalBreak);
    byte[] file = padded(text.bytes(), kind, padding);
    CsvDialect dialect = DialectDetector.detect(() -> new ByteArrayInputStream(file), "f.csv");
    assertEquals(
        new CsvDialect(';', StandardCharsets.UTF_8, false, false, 0, size, padding),
        dialect,
        "dialect");
    assertEquals(text.records(), serial(file, dialect), "serial");
    assertEquals(text.records(), chunked(file, dialect), "chunked");
    assertEquals(text.records(), split(file, dialect), "split");
  }

  @ParameterizedTest(name = "NUL on line {0}")
  @MethodSource("lines")
  void aNulByteWithTextAfterItIsAFileProblemOnItsLine(int line) {
    Text text = text(131073, true);
    byte[] file = text.bytes().clone();
    int at = 4 + (line - 2) * 20 + 3; // inside the first field of row `line`
    file[at] = 0;
    InputRejectedException e =
        assertThrows(
            InputRejectedException.class,
            () -> DialectDetector.detect(() -> new ByteArrayInputStream(file), "f.csv"));
    assertEquals(
        List.of(
            "f.csv, regel "
                + line
                + ": deze regel bevat een NUL-byte, dus dit is geen CSV-tekstbestand. Lever een"
                + " CSV-bestand aan, geen binair bestand (alleen NUL-bytes en Ctrl-Z aan het eind"
                + " van een bestand worden genegeerd)."),
        e.problems().stream().map(FileProblem::message).toList());
  }

  static Stream<Integer> lines() {
    // Row 2 is in the first 8 KiB; row 3278 starts at byte 65,564, past the first 64 KiB.
    return Stream.of(2, 410, 3278, 6000);
  }

  private static List<List<String>> serial(byte[] file, CsvDialect dialect) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CsvRowReader reader = new CsvRowReader(new ByteArrayInputStream(file), "f.csv", dialect)) {
      records.add(reader.header());
      for (RawRow row = reader.next(); row != null; row = reader.next()) {
        records.add(row.fields());
      }
    }
    return records;
  }

  private static List<List<String>> chunked(byte[] file, CsvDialect dialect) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (RecordChunker chunker =
        new RecordChunker(
            CsvRowReader.openText(new ByteArrayInputStream(file), dialect), ';', "f.csv")) {
      for (RecordChunker.Chunk c = chunker.next(1000); c != null; c = chunker.next(1000)) {
        try (CsvRowReader reader = CsvRowReader.ofChunk(c, "f.csv", dialect)) {
          for (RawRow row = reader.next(); row != null; row = reader.next()) {
            records.add(row.fields());
          }
        }
      }
    }
    return records;
  }

  private static List<List<String>> split(byte[] file, CsvDialect dialect) throws IOException {
    List<List<String>> records = new ArrayList<>();
    for (RecordSplitter.Part part :
        RecordSplitter.split(new ByteArrayInputStream(file), dialect, 10_000)) {
      InputStream slice =
          new ByteArrayInputStream(file, (int) part.start(), (int) (part.end() - part.start()));
      if (part.start() == 0) {
        records.addAll(serial(slice.readAllBytes(), dialect));
      } else {
        try (CsvRowReader reader =
            CsvRowReader.ofPart(slice, "f.csv", dialect, part.linesBefore())) {
          for (RawRow row = reader.next(); row != null; row = reader.next()) {
            records.add(row.fields());
          }
        }
      }
    }
    return records;
  }
}
