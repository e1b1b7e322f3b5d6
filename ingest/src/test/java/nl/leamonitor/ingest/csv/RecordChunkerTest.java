package nl.leamonitor.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.leamonitor.ingest.InputRejectedException;
import org.junit.jupiter.api.Test;

/** Chunked parsing gives the records, line numbers and CSV problems of a parse on one thread. */
class RecordChunkerTest {
  private static final CsvDialect SEMICOLON = new CsvDialect(';', StandardCharsets.UTF_8, false);

  @Test
  void chunksEndAfterLineBreaksOutsideQuotesAndCountLinesAsCommonsCsv() throws IOException {
    // Line 1 header; line 2-3 one record with a quoted CRLF; line 4 blank; line 5 a record without
    // final break.
    String text = "a;b\r\n\"x\r\ny\";2\n\n3;4";
    RecordChunker chunker = new RecordChunker(new StringReader(text), ';', "f.csv");
    assertEquals(new RecordChunker.Chunk(0, "a;b\r\n"), chunker.next(1));
    assertEquals(new RecordChunker.Chunk(1, "\"x\r\ny\";2\n\n"), chunker.next(2));
    assertEquals(new RecordChunker.Chunk(4, "3;4"), chunker.next(2));
    assertNull(chunker.next(2));
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
    RecordChunker chunker = new RecordChunker(new StringReader("12\"3;a\n4;b\n"), ';', "f.csv");
    assertEquals(new RecordChunker.Chunk(0, "12\"3;a\n"), chunker.next(1));
    assertEquals(new RecordChunker.Chunk(1, "4;b\n"), chunker.next(1));
  }

  @Test
  void randomFilesParseAsOnOneThread() throws IOException {
    for (long seed = 1; seed <= 400; seed++) {
      String text = randomCsv(new Random(seed));
      Parsed serial = serial(text);
      for (int size : new int[] {1, 2, 3, 7, 1000}) {
        assertEquals(
            serial,
            chunked(text, size),
            "seed "
                + seed
                + ", chunk "
                + size
                + ": "
                + text.replace("\r", "\\r").replace("\n", "\\n"));
      }
    }
  }

  @Test
  void brokenQuotesAreReportedAtTheSameLineAfterTheSameRecords() throws IOException {
    for (String text :
        List.of(
            "h;i\n1;2\n\"a\"b;3\n4;5\n",
            "h;i\n1;2\n3;\"open\n4;5\n6;7\n",
            "h;i\r\n1;\"x\"\"y\"\r\n\"z\"\"\" ;2\r\n\"q\"x;3\r\n")) {
      Parsed serial = serial(text);
      assertEquals(true, serial.problem() != null, text);
      for (int size : new int[] {1, 2, 5}) {
        assertEquals(serial, chunked(text, size), text);
      }
    }
  }

  @Test
  void aRecordLongerThanTheLimitIsAFileProblemAfterTheRecordsBeforeIt() throws IOException {
    RecordChunker chunker =
        new RecordChunker(
            new StringReader("a;b\n1;2\n\n3;\"nooit gesloten\n4;5\n6;7\n"), ';', "f.csv", 10);
    assertEquals(new RecordChunker.Chunk(0, "a;b\n1;2\n\n"), chunker.next(100));
    InputRejectedException e = assertThrows(InputRejectedException.class, () -> chunker.next(100));
    assertEquals(
        List.of(
            new nl.leamonitor.ingest.FileProblem(
                "f.csv",
                4,
                null,
                "een record is langer dan 10 tekens (wordt een aanhalingsteken niet gesloten?)",
                "Controleer de aanhalingstekens vanaf deze regel en exporteer het bestand"
                    + " opnieuw.")),
        e.problems());
  }

  /**
   * A field is skipped at once, but never past the longest record: a record of exactly 10
   * characters (its line break counted) passes a limit of 10; one whose eleventh character is not
   * its line break is the problem on its line.
   */
  @Test
  void theLimitTripsAtTheSameCharacterWhenFieldsAreSkipped() throws IOException {
    RecordChunker fits =
        new RecordChunker(new StringReader("a;b\n12345678;\n1;2\n"), ';', "f.csv", 10);
    assertEquals(new RecordChunker.Chunk(0, "a;b\n12345678;\n1;2\n"), fits.next(100));
    RecordChunker tooLong =
        new RecordChunker(new StringReader("a;b\n1234567890;\n1;2\n"), ';', "f.csv", 10);
    assertEquals(new RecordChunker.Chunk(0, "a;b\n"), tooLong.next(100));
    InputRejectedException e = assertThrows(InputRejectedException.class, () -> tooLong.next(100));
    assertEquals(2L, e.problems().get(0).line());
    RecordChunker quoted =
        new RecordChunker(new StringReader("a;b\n\"1234567\n\";\n"), ';', "f.csv", 10);
    assertEquals(new RecordChunker.Chunk(0, "a;b\n"), quoted.next(100));
    assertEquals(
        2L,
        assertThrows(InputRejectedException.class, () -> quoted.next(100))
            .problems()
            .get(0)
            .line());
  }

  /**
   * Long fields, quoted and not, across the chunker's 64 K read buffer: the records and lines of a
   * parse on one thread.
   */
  @Test
  void longFieldsAcrossTheReadBufferParseAsOnOneThread() throws IOException {
    Random random = new Random(7);
    StringBuilder text = new StringBuilder("a;b;c\r\n");
    for (int r = 0; r < 3000; r++) {
      text.append("x".repeat(random.nextInt(60)))
          .append(';')
          .append('"')
          .append("q;\r\n".repeat(random.nextInt(4)))
          .append("\"\"y".repeat(random.nextInt(3)))
          .append('"')
          .append(';')
          .append(random.nextInt(1000))
          .append(random.nextBoolean() ? "\n" : "\r\n");
    }
    Parsed serial = serial(text.toString());
    assertEquals(3001, serial.rows().size());
    for (int size : new int[] {1, 7, 1000}) {
      assertEquals(serial, chunked(text.toString(), size), "chunk " + size);
    }
  }

  /** Records and the first CSV problem (line and text), or null. */
  private record Parsed(List<RawRow> rows, String problem) {}

  private static Parsed serial(String text) throws IOException {
    List<RawRow> rows = new ArrayList<>();
    try (CsvRowReader reader =
        new CsvRowReader(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "f.csv", SEMICOLON)) {
      rows.add(new RawRow(1, reader.header()));
      for (RawRow row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
    } catch (InputRejectedException e) {
      return new Parsed(rows, e.problems().toString());
    }
    return new Parsed(rows, null);
  }

  private static Parsed chunked(String text, int size) throws IOException {
    List<RawRow> rows = new ArrayList<>();
    RecordChunker chunker = new RecordChunker(new StringReader(text), ';', "f.csv");
    RecordChunker.Chunk header = chunker.next(1);
    try (CsvRowReader reader = CsvRowReader.ofChunk(header, "f.csv", SEMICOLON)) {
      rows.add(new RawRow(1, reader.next().fields()));
    }
    for (RecordChunker.Chunk chunk = chunker.next(size);
        chunk != null;
        chunk = chunker.next(size)) {
      try (CsvRowReader reader = CsvRowReader.ofChunk(chunk, "f.csv", SEMICOLON)) {
        for (RawRow row = reader.next(); row != null; row = reader.next()) {
          rows.add(row);
        }
      } catch (InputRejectedException e) {
        return new Parsed(rows, e.problems().toString());
      }
    }
    return new Parsed(rows, null);
  }

  /**
   * A file of valid CSV with the awkward parts: quoted breaks, "" escapes, blank lines, every line
   * ending.
   */
  static String randomCsv(Random random) {
    String[] breaks = {"\n", "\r\n", "\r"};
    StringBuilder text = new StringBuilder("a;b;c").append(breaks[random.nextInt(3)]);
    int records = random.nextInt(12);
    for (int r = 0; r < records; r++) {
      if (random.nextInt(6) == 0) {
        text.append(random.nextBoolean() ? "" : ";;").append(breaks[random.nextInt(3)]);
        continue;
      }
      int fields = 1 + random.nextInt(4);
      for (int f = 0; f < fields; f++) {
        if (f > 0) {
          text.append(';');
        }
        switch (random.nextInt(5)) {
          case 0 ->
              text.append('"')
                  .append("x")
                  .append(breaks[random.nextInt(3)])
                  .append("y;\"\"z")
                  .append('"');
          case 1 -> text.append("\"\"");
          case 2 -> text.append("12\"3");
          case 3 -> {}
          default -> text.append("w").append(r);
        }
      }
      if (r < records - 1 || random.nextBoolean()) {
        text.append(breaks[random.nextInt(3)]);
      }
    }
    return text.toString();
  }
}
