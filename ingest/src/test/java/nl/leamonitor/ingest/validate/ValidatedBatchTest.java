package nl.leamonitor.ingest.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.leamonitor.ingest.csv.RawRow;
import nl.leamonitor.ingest.values.Schooljaar;
import org.junit.jupiter.api.Test;

/**
 * A batch validated record by record as it is read gives what validating the read records
 * afterwards gives, and counts its accepted rows per schooljaar.
 */
class ValidatedBatchTest {
  private static final Header HEADER =
      new Header(
          "vertragingen.csv",
          List.of("leerling_id", "schooljaar", "meetmoment", "domein", "vertraging_maanden"));

  /** Lines 2-7 of a vertragingen file; by hand: 3 accepted (2 in 2023-2024), 3 rejected. */
  private static final List<RawRow> ROWS =
      List.of(
          new RawRow(2, List.of("LP-000001", "2023-2024", "M", "REKENEN", "1,5")),
          new RawRow(3, List.of("LP-000002", "2023/2024", "E", "REKENEN", "-0,5")),
          new RawRow(4, List.of("LP-000003", "2024-2025", "M", "REKENEN", "veel")),
          new RawRow(5, List.of("LP-000004", "2022-2023", "M", "REKENEN")),
          new RawRow(6, List.of("LP-000005", "2024-2025", "E", "REKENEN", "2")),
          new RawRow(7, List.of("LP-000006", "2024", "E", "REKENEN", "2")));

  private static RowValidator validator() {
    return new VertragingenValidator(new PersonIdentifier(HEADER, Optional.empty()));
  }

  @Test
  void recordsValidatedAsTheyAreReadGiveTheBatchOfTheRecordsReadFirst() {
    ValidatedBatch.Collector collector = new ValidatedBatch.Collector(HEADER, validator(), 10, 2);
    ROWS.forEach(collector::add);
    ValidatedBatch streamed = collector.batch();
    ValidatedBatch afterwards = ValidatedBatch.of(HEADER, validator(), ROWS);

    assertEquals(List.of(2L, 3L, 6L), lines(streamed.accepted()));
    assertArrayEquals(
        new String[] {"LP-000002", null, "2023-2024", "E", "REKENEN", "-0.5"},
        streamed.accepted().get(1).values());
    assertEquals(
        List.of("4 getal_ongeldig", "5 aantal_velden_onjuist", "7 schooljaar_ongeldig"),
        streamed.rejected().stream()
            .map(r -> r.line() + " " + r.reason().reason().code())
            .toList());
    assertEquals(ROWS.get(3).fields(), streamed.rejected().get(1).fields());

    assertEquals(lines(afterwards.accepted()), lines(streamed.accepted()));
    for (int i = 0; i < afterwards.accepted().size(); i++) {
      assertArrayEquals(afterwards.accepted().get(i).values(), streamed.accepted().get(i).values());
    }
    assertEquals(afterwards.rejected().size(), streamed.rejected().size());
    for (int i = 0; i < afterwards.rejected().size(); i++) {
      ValidatedBatch.Rejected a = afterwards.rejected().get(i);
      ValidatedBatch.Rejected s = streamed.rejected().get(i);
      assertEquals(a.line(), s.line());
      assertEquals(a.reason().reason(), s.reason().reason());
      assertEquals(a.reason().column(), s.reason().column());
      assertEquals(a.fields(), s.fields());
    }
  }

  @Test
  void acceptedRowsAreCountedPerSchooljaarWhenAskedOnly() {
    ValidatedBatch.Collector counted = new ValidatedBatch.Collector(HEADER, validator(), 10, 2);
    ROWS.forEach(counted::add);
    // lines 2 and 3 (2023/2024 is accepted as 2023-2024), line 6; rejected rows are not counted
    assertEquals(
        new TreeMap<>(Map.of(new Schooljaar(2023), 2L, new Schooljaar(2024), 1L)),
        counted.batch().acceptedPerSchooljaar());

    ValidatedBatch.Collector uncounted = new ValidatedBatch.Collector(HEADER, validator(), 10, -1);
    ROWS.forEach(uncounted::add);
    assertEquals(Map.of(), uncounted.batch().acceptedPerSchooljaar());
    assertEquals(Map.of(), ValidatedBatch.of(HEADER, validator(), ROWS).acceptedPerSchooljaar());
  }

  @Test
  void aBatchOfManySchooljarenCountsEach() {
    ValidatedBatch.Collector counted = new ValidatedBatch.Collector(HEADER, validator(), 10, 2);
    Map<Schooljaar, Long> expected = new TreeMap<>();
    // 20 schooljaren (more than the 8 places the count starts with), year y on 1 + y % 3 rows
    int line = 2;
    for (int y = 2000; y < 2020; y++) {
      for (int n = 0; n <= y % 3; n++) {
        String label = y + "-" + (y + 1);
        counted.add(
            new RawRow(line++, List.of("LP-" + (100000 + line), label, "M", "REKENEN", "1")));
      }
      expected.put(new Schooljaar(y), 1L + y % 3);
    }
    assertEquals(expected, counted.batch().acceptedPerSchooljaar());
  }

  private static List<Long> lines(List<ValidatedBatch.Accepted> accepted) {
    return accepted.stream().map(ValidatedBatch.Accepted::line).toList();
  }
}
