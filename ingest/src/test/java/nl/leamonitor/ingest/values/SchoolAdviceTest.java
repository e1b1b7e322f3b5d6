package nl.leamonitor.ingest.values;

import static nl.leamonitor.ingest.values.AdviceLevel.HAVO;
import static nl.leamonitor.ingest.values.AdviceLevel.PRO;
import static nl.leamonitor.ingest.values.AdviceLevel.VMBO_B;
import static nl.leamonitor.ingest.values.AdviceLevel.VMBO_GT;
import static nl.leamonitor.ingest.values.AdviceLevel.VMBO_K;
import static nl.leamonitor.ingest.values.AdviceLevel.VWO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.leamonitor.ingest.values.SchoolAdvice.Invalid;
import nl.leamonitor.ingest.values.SchoolAdvice.Problem;
import nl.leamonitor.ingest.values.SchoolAdvice.Valid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The school advices of contract section 1 ({@code schooladviezen}): forms, rejects and order. */
class SchoolAdviceTest {

  private static SchoolAdvice valid(String raw) {
    return assertInstanceOf(Valid.class, SchoolAdvice.parse(raw), raw).advice();
  }

  private static Problem problem(String raw) {
    return assertInstanceOf(Invalid.class, SchoolAdvice.parse(raw), raw).problem();
  }

  // Expected label and rank by hand from the contract's ranks: PRO 1, VMBO-B 2, VMBO-K 3,
  // VMBO-GT 4, HAVO 5, VWO 6; a single level counts twice.
  @ParameterizedTest(name = "{0} is {1}, rank {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // single levels, rank = 2 x level
        "PRO        | PRO     | 2", // 1 + 1
        "VMBO-B     | VMBO-B  | 4", // 2 + 2
        "VMBO-K     | VMBO-K  | 6", // 3 + 3
        "VMBO-GT    | VMBO-GT | 8", // 4 + 4
        "HAVO       | HAVO    | 10", // 5 + 5
        "VWO        | VWO     | 12", // 6 + 6
        // aliases
        "VMBO-BB    | VMBO-B  | 4", // 2 + 2
        "VMBO-KB    | VMBO-K  | 6", // 3 + 3
        "VMBO-TL    | VMBO-GT | 8", // 4 + 4
        "VMBO-GL    | VMBO-GT | 8", // 4 + 4
        // any case
        "pro        | PRO     | 2", // 1 + 1
        "vmbo-bb    | VMBO-B  | 4", // 2 + 2
        "Vmbo-Gt    | VMBO-GT | 8", // 4 + 4
        "havo       | HAVO    | 10", // 5 + 5
        "Vwo        | VWO     | 12", // 6 + 6
      })
  void singleLevels(String raw, String label, int rank) {
    SchoolAdvice advice = valid(raw);
    assertEquals(label, advice.label());
    assertEquals(rank, advice.rank());
    assertTrue(advice.isSingle());
    assertEquals(advice.lower(), advice.upper());
  }

  @ParameterizedTest(name = "{0} is {1}, rank {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the contract's examples
        "VMBO-GT/HAVO     | VMBO-GT/HAVO   | 9", // 4 + 5
        "havo/vwo         | HAVO/VWO       | 11", // 5 + 6
        "vmbo-bb/kb       | VMBO-B/VMBO-K  | 5", // 2 + 3
        "VMBO-B/K         | VMBO-B/VMBO-K  | 5", // 2 + 3
        "VMBO-K/GT        | VMBO-K/VMBO-GT | 7", // 3 + 4
        "PRO/B            | PRO/VMBO-B     | 3", // 1 + 2
        // every adjacent pair in full
        "PRO/VMBO-B       | PRO/VMBO-B     | 3", // 1 + 2
        "VMBO-B/VMBO-K    | VMBO-B/VMBO-K  | 5", // 2 + 3
        "VMBO-K/VMBO-GT   | VMBO-K/VMBO-GT | 7", // 3 + 4
        "VMBO-GT/HAVO     | VMBO-GT/HAVO   | 9", // 4 + 5
        "HAVO/VWO         | HAVO/VWO       | 11", // 5 + 6
        // aliases on either side, in full and shortened after the /
        "PRO/BB           | PRO/VMBO-B     | 3", // 1 + 2
        "PRO/VMBO-BB      | PRO/VMBO-B     | 3", // 1 + 2
        "VMBO-BB/VMBO-KB  | VMBO-B/VMBO-K  | 5", // 2 + 3
        "VMBO-KB/TL       | VMBO-K/VMBO-GT | 7", // 3 + 4
        "VMBO-K/GL        | VMBO-K/VMBO-GT | 7", // 3 + 4
        "VMBO-KB/VMBO-TL  | VMBO-K/VMBO-GT | 7", // 3 + 4
        "VMBO-TL/HAVO     | VMBO-GT/HAVO   | 9", // 4 + 5
        "VMBO-GL/HAVO     | VMBO-GT/HAVO   | 9", // 4 + 5
        // any case, also in the shortened part
        "pro/b            | PRO/VMBO-B     | 3", // 1 + 2
        "Vmbo-K/gt        | VMBO-K/VMBO-GT | 7", // 3 + 4
        "vmbo-tl/Havo     | VMBO-GT/HAVO   | 9", // 4 + 5
        "vmbo-b/Vmbo-k    | VMBO-B/VMBO-K  | 5", // 2 + 3
      })
  void combinedAdvices(String raw, String label, int rank) {
    SchoolAdvice advice = valid(raw);
    assertEquals(label, advice.label());
    assertEquals(rank, advice.rank());
    assertFalse(advice.isSingle());
    assertEquals(advice.lower().rank() + 1, advice.upper().rank());
  }

  @Test
  void lowerAndUpperLevels() {
    assertEquals(new SchoolAdvice(VMBO_GT, HAVO), valid("VMBO-GT/HAVO"));
    assertEquals(VMBO_GT, valid("VMBO-TL/HAVO").lower());
    assertEquals(HAVO, valid("VMBO-TL/HAVO").upper());
    assertEquals(PRO, valid("PRO/B").lower());
    assertEquals(VMBO_B, valid("PRO/B").upper());
    assertEquals(VMBO_K, valid("VMBO-KB").lower());
    assertEquals(VMBO_K, valid("VMBO-KB").upper());
    assertEquals(SchoolAdvice.of(VWO), valid("vwo"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "VMBO-GT / HAVO",
        "VMBO-GT /HAVO",
        "VMBO-GT/ HAVO",
        "  VMBO-GT/HAVO  ",
        "VMBO-GT\t/\tHAVO",
        "VMBO-GT\u00A0/\u00A0HAVO", // non-breaking space
        "VMBO-GT\u202F/\u2007HAVO", // narrow no-break space, figure space
        "VMBO-GT\u3000/\u2003HAVO", // ideographic space, em space
        "VMBO-GT\u0085/\u2028HAVO", // next line, line separator
        "VMBO-GT\u200B/\u2060HAVO", // zero-width space, word joiner
        "\u00A0vmbo-tl / havo\u00A0",
      })
  void spacesAroundTheSlash(String raw) {
    SchoolAdvice advice = valid(raw);
    assertEquals("VMBO-GT/HAVO", advice.label());
    assertEquals(9, advice.rank()); // 4 + 5
  }

  @Test
  void spacesAroundASingleLevelAndAShortenedUpperLevel() {
    assertEquals(SchoolAdvice.of(HAVO), valid("\u00A0HAVO "));
    assertEquals(new SchoolAdvice(VMBO_B, VMBO_K), valid("VMBO-B /\u00A0K"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "\u00A0",
        "MAVO",
        "VMBO",
        "VMBO-X",
        "VBO",
        "ATHENEUM",
        "GYMNASIUM",
        "B", // a shortened level stands only after the /
        "GT/HAVO",
        "B/K",
        "VMBO GT", // a space inside a level
        "VMBO - GT",
        "VMBO-GT/HA VO",
        "VMBO\u2013GT", // en dash
        "HAVO/",
        "/HAVO",
        "/",
        "HAVO//VWO",
        "PRO/B/K",
        "VMBO-GT/HAVO/VWO",
        "HAVO/WO", // only VMBO levels are shortened
        "HAVO/VMBO-HAVO",
        "VMBO-B/VMBO-",
        "PRO/VMBO-PRO",
        "HAVO-VWO", // joined by -, not /
        "HAVO\\VWO",
        "HAVO+VWO",
      })
  void unknownLevel(String raw) {
    assertEquals(Problem.UNKNOWN_LEVEL, problem(raw));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HAVO/HAVO",
        "havo / Havo",
        "PRO/PRO",
        "VWO/VWO",
        "VMBO-B/B",
        "vmbo-bb/b", // an alias joined to its level
        "VMBO-BB/VMBO-B",
        "VMBO-K/KB",
        "VMBO-TL/GL",
        "VMBO-GT\u00A0/\u00A0VMBO-TL",
      })
  void levelJoinedToItself(String raw) {
    assertEquals(Problem.JOINED_TO_ITSELF, problem(raw));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HAVO/VMBO-GT",
        "HAVO/GT",
        "havo / tl",
        "VWO/HAVO",
        "VMBO-K/B",
        "VMBO-B/PRO",
        "VMBO-GL/KB",
        "VWO/VMBO-B", // reversed and not adjacent: reversed wins
        "VWO/PRO",
      })
  void reversedOrder(String raw) {
    assertEquals(Problem.REVERSED, problem(raw));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "VMBO-B/HAVO",
        "vmbo-b / havo",
        "PRO/K",
        "PRO/VMBO-GT",
        "VMBO-B/GT",
        "VMBO-KB/HAVO",
        "VMBO-GT/VWO",
        "VMBO-TL/VWO",
        "PRO/VWO",
      })
  void notAdjacent(String raw) {
    assertEquals(Problem.NOT_ADJACENT, problem(raw));
  }

  @Test
  void theContractsOrder() {
    SchoolAdvice gt = valid("VMBO-GT"); // 4 + 4 = 8
    SchoolAdvice gtHavo = valid("VMBO-GT/HAVO"); // 4 + 5 = 9
    SchoolAdvice havo = valid("HAVO"); // 5 + 5 = 10
    SchoolAdvice havoVwo = valid("HAVO/VWO"); // 5 + 6 = 11
    assertTrue(gtHavo.isHigherThan(gt));
    assertTrue(havo.isHigherThan(gtHavo));
    assertTrue(havoVwo.isHigherThan(havo));
    assertFalse(gt.isHigherThan(gtHavo));
    assertFalse(havo.isHigherThan(havoVwo));
    // an advice is not hoger than itself, also when written differently
    assertFalse(havo.isHigherThan(valid("havo")));
    assertFalse(gtHavo.isHigherThan(valid("vmbo-tl / havo")));
    assertEquals(0, gtHavo.compareTo(valid("VMBO-GL/HAVO")));

    List<SchoolAdvice> shuffled = new ArrayList<>(List.of(havoVwo, gt, havo, gtHavo));
    Collections.sort(shuffled);
    assertEquals(List.of(gt, gtHavo, havo, havoVwo), shuffled);
  }

  @Test
  void everyAdviceHasItsOwnRank() {
    // PRO 2, PRO/VMBO-B 3, VMBO-B 4, ... HAVO/VWO 11, VWO 12: the eleven advices in order.
    List<SchoolAdvice> all = new ArrayList<>();
    AdviceLevel[] levels = AdviceLevel.values();
    for (int i = 0; i < levels.length; i++) {
      all.add(SchoolAdvice.of(levels[i]));
      if (i + 1 < levels.length) {
        all.add(new SchoolAdvice(levels[i], levels[i + 1]));
      }
    }
    assertEquals(11, all.size());
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i + 2, all.get(i).rank(), all.get(i).label());
    }
  }

  @Test
  void aToetsAdviceEqualToTheSchoolAdviceIsNotHoger() {
    assertFalse(valid("VMBO-K/GT").isHigherThan(valid("vmbo-kb/vmbo-tl")));
    // a single level against a combined advice that contains it: 10 > 9, and 9 < 10
    assertTrue(valid("HAVO").isHigherThan(valid("VMBO-GT/HAVO")));
    assertFalse(valid("VMBO-GT/HAVO").isHigherThan(valid("HAVO")));
  }

  @Test
  void levelsAndTheirRanks() {
    assertEquals(1, PRO.rank());
    assertEquals(2, VMBO_B.rank());
    assertEquals(3, VMBO_K.rank());
    assertEquals(4, VMBO_GT.rank());
    assertEquals(5, HAVO.rank());
    assertEquals(6, VWO.rank());
    assertEquals("VMBO-GT", VMBO_GT.code());
    assertEquals(VMBO_GT, AdviceLevel.parse("vmbo-tl"));
    assertEquals(null, AdviceLevel.parse("GT"));
    assertEquals(VMBO_GT, AdviceLevel.parseUpper("GT"));
    assertEquals(null, AdviceLevel.parseUpper("WO"));
  }

  @Test
  void constructingAnAdviceThatIsNoneIsAProgrammingError() {
    assertEquals(
        "not an advice: HAVO/VMBO-GT",
        assertThrows(IllegalArgumentException.class, () -> new SchoolAdvice(HAVO, VMBO_GT))
            .getMessage());
    assertEquals(
        "not an advice: VMBO-B/HAVO",
        assertThrows(IllegalArgumentException.class, () -> new SchoolAdvice(VMBO_B, HAVO))
            .getMessage());
  }
}
