package nl.leamonitor.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A file read part by part, as Spark tasks read it, gives the records and line numbers of one
 * reader.
 */
class RecordSplitterTest {
  private static final CsvDialect BOM_SEMICOLON = new CsvDialect(';', StandardCharsets.UTF_8, true);

  @Test
  void partsEndAfterWholeRecordsAndKnowTheirFirstLine() throws IOException {
    // Bytes: BOM (3), "a;b\r\n" (5), "\"x\r\ny\";2\n" (9), "\n" (1), "3;4" (3) = 21; line breaks
    // before each: 0, 1, 3, 4.
    byte[] file = bytes("\uFEFFa;b\r\n\"x\r\ny\";2\n\n3;4");
    assertEquals(
        List.of(
            new RecordSplitter.Part(0, 8, 0),
            new RecordSplitter.Part(8, 17, 1),
            new RecordSplitter.Part(17, 18, 3),
            new RecordSplitter.Part(18, 21, 4)),
        RecordSplitter.split(new ByteArrayInputStream(file), BOM_SEMICOLON, 1));
    assertEquals(
        List.of(new RecordSplitter.Part(0, 17, 0), new RecordSplitter.Part(17, 21, 3)),
        RecordSplitter.split(new ByteArrayInputStream(file), BOM_SEMICOLON, 10));
    assertEquals(
        List.of(new RecordSplitter.Part(0, 21, 0)),
        RecordSplitter.split(new ByteArrayInputStream(file), BOM_SEMICOLON, 1_000));
  }

  @Test
  void theSeparatorLineAndTheHeaderStayInTheFirstPart() throws IOException {
    // "sep=;\n" (6 bytes), "a;b\n" (4), "1;2\n" (4): the first cut may only follow the header.
    assertEquals(
        new RecordSplitter.Part(0, 10, 0),
        RecordSplitter.split(
                new ByteArrayInputStream(bytes("sep=;\na;b\n1;2\n")),
                new CsvDialect(';', StandardCharsets.UTF_8, false, true, 0, 14, 0),
                1)
            .get(0));
  }

  @Test
  void endPaddingIsInNoPart() throws IOException {
    byte[] file = bytes("a;b\n1;2\n\u001a\u0000\u0000");
    List<RecordSplitter.Part> parts =
        RecordSplitter.split(
            new ByteArrayInputStream(file),
            new CsvDialect(';', StandardCharsets.UTF_8, false, false, 0, 8, 3),
            1);
    assertEquals(
        List.of(new RecordSplitter.Part(0, 4, 0), new RecordSplitter.Part(4, 8, 1)), parts);
  }

  @Test
  void theHeaderStaysInTheFirstPartAfterBlankLines() throws IOException {
    assertEquals(
        new RecordSplitter.Part(0, 6, 0),
        RecordSplitter.split(
                new ByteArrayInputStream(bytes("\n\na;b\n1;2\n")),
                new CsvDialect(';', StandardCharsets.UTF_8, false),
                1)
            .get(0));
  }

  @Test
  void randomFilesReadPartByPartAsByOneReader() throws IOException {
    for (long seed = 1; seed <= 400; seed++) {
      byte[] file =
          bytes(
              "\uFEFFé;"
                  + RecordChunkerTest.randomCsv(
                      new Random(seed))); // a two-byte character shifts bytes from characters
      List<RawRow> whole = new ArrayList<>();
      try (CsvRowReader reader =
          new CsvRowReader(new ByteArrayInputStream(file), "f.csv", BOM_SEMICOLON)) {
        for (RawRow row = reader.next(); row != null; row = reader.next()) {
          whole.add(row);
        }
      }
      for (long target : new long[] {1, 7, 40}) {
        List<RawRow> parts = new ArrayList<>();
        for (RecordSplitter.Part part :
            RecordSplitter.split(new ByteArrayInputStream(file), BOM_SEMICOLON, target)) {
          byte[] range = Arrays.copyOfRange(file, (int) part.start(), (int) part.end());
          try (CsvRowReader reader =
              part.start() == 0
                  ? new CsvRowReader(new ByteArrayInputStream(range), "f.csv", BOM_SEMICOLON)
                  : CsvRowReader.ofPart(
                      new ByteArrayInputStream(range),
                      "f.csv",
                      BOM_SEMICOLON,
                      part.linesBefore())) {
            for (RawRow row = reader.next(); row != null; row = reader.next()) {
              parts.add(row);
            }
          }
        }
        assertEquals(whole, parts, "seed " + seed + ", target " + target);
      }
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
