package nl.leamonitor.ingest.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A postcode's wijk: its PC6 row, else its PC4 row, else none (contract section 2). */
class WijkLookupTest {
  @Test
  void aPc6RowWinsOverItsPc4RowAndThePc4RowCoversTheRest() {
    WijkLookup wijken = new WijkLookup();
    wijken.addPostcode("2711", "WK000001", 2);
    wijken.addPostcode("2711AB", "WK000002", 3);
    wijken.addPostcode("2712CD", "WK000003", 4);
    assertEquals("WK000002", wijken.wijkOf("2711AB"));
    assertEquals("WK000001", wijken.wijkOf("2711AC"));
    assertEquals("WK000001", wijken.wijkOf("2711"));
    assertEquals("WK000003", wijken.wijkOf("2712CD"));
    assertNull(wijken.wijkOf("2712CE"));
    assertNull(wijken.wijkOf("2712"));
    assertNull(wijken.wijkOf("9999ZZ"));
  }

  @Test
  void theFirstRowOfAPostcodeWins() {
    WijkLookup wijken = new WijkLookup();
    assertNull(wijken.addPostcode("2711AB", "WK000002", 3));
    assertEquals(
        new WijkLookup.PostcodeRow("WK000002", 3), wijken.addPostcode("2711AB", "WK000009", 7));
    assertEquals("WK000002", wijken.wijkOf("2711AB"));
  }

  @Test
  void textsThatAreNoNormalisedPostcodeAreLookedUpAsThemselves() {
    WijkLookup wijken = new WijkLookup();
    wijken.addPostcode("2711", "WK000001", 2);
    wijken.addPostcode("2711ab", "WK000005", 3);
    // not normalised: found as stored, or through the text's first four characters
    assertEquals("WK000005", wijken.wijkOf("2711ab"));
    assertEquals("WK000001", wijken.wijkOf("2711xy"));
    assertEquals("WK000001", wijken.wijkOf("2711 AB"));
    assertNull(wijken.wijkOf("0711AB"));
  }

  @Test
  void thousandsOfPostcodesGiveTheAnswersOfTheRuleItself() {
    // The rule written out over a map, against the lookup, for 3,000 rows (the table grows from
    // 1,024 places) and every PC4 with two PC6 forms each.
    Random random = new Random(2);
    WijkLookup wijken = new WijkLookup();
    Map<String, String> rows = new HashMap<>();
    for (int n = 0; n < 3_000; n++) {
      String pc4 = Integer.toString(1000 + random.nextInt(9000));
      String postcode = random.nextInt(4) == 0 ? pc4 : pc4 + letter(random) + letter(random);
      String wijk = "WK" + (100_000 + random.nextInt(900_000));
      wijken.addPostcode(postcode, wijk, n + 2);
      rows.putIfAbsent(postcode, wijk);
    }
    for (int pc4 = 1000; pc4 <= 9999; pc4++) {
      String four = Integer.toString(pc4);
      assertEquals(rows.get(four), wijken.wijkOf(four), four);
      for (String pc6 : new String[] {four + "AA", four + letter(random) + letter(random)}) {
        String expected = rows.containsKey(pc6) ? rows.get(pc6) : rows.get(four);
        assertEquals(expected, wijken.wijkOf(pc6), pc6);
      }
    }
    for (String postcode : rows.keySet()) {
      String expected = rows.get(postcode);
      assertEquals(expected, wijken.wijkOf(postcode), postcode);
    }
  }

  @Test
  void everyNormalisedPostcodeHasANumberOfItsOwn() {
    assertEquals(1000, WijkLookup.number("1000"));
    assertEquals(9999, WijkLookup.number("9999"));
    assertEquals(10_000 + 1000 * 676, WijkLookup.number("1000AA"));
    assertEquals(10_000 + 2711 * 676 + 0 * 26 + 1, WijkLookup.number("2711AB"));
    assertEquals(10_000 + 9999 * 676 + 25 * 26 + 25, WijkLookup.number("9999ZZ"));
    for (String other :
        new String[] {"0999", "999", "27111", "2711A", "2711ab", "2711 A", "27A1"}) {
      assertEquals(-1, WijkLookup.number(other), other);
    }
  }

  private static char letter(Random random) {
    return (char) ('A' + random.nextInt(26));
  }
}
