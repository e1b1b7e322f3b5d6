package nl.leamonitor.ingest.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.leamonitor.ingest.validate.Header;
import nl.leamonitor.ingest.validate.RejectReason;
import nl.leamonitor.ingest.validate.Row;
import nl.leamonitor.ingest.validate.RowRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Unicode space and zero-width character, wherever a header name or value is compared
 * (contract section 1). The spaces are those of Unicode's {@code White_Space} property, copied from
 * the Unicode Character Database (PropList.txt, Unicode 15.1), not from the code under test.
 */
class DeliveredTextTest {
  /**
   * PropList.txt, White_Space: 0009..000D, 0020, 0085, 00A0, 1680, 2000..200A, 2028, 2029, 202F,
   * 205F, 3000.
   */
  static Stream<Character> unicodeSpaces() {
    return Stream.of(
            IntStream.rangeClosed(0x0009, 0x000D),
            IntStream.of(0x0020, 0x0085, 0x00A0, 0x1680),
            IntStream.rangeClosed(0x2000, 0x200A),
            IntStream.of(0x2028, 0x2029, 0x202F, 0x205F, 0x3000))
        .flatMapToInt(s -> s)
        .mapToObj(c -> (char) c);
  }

  /** Contract section 1: U+200B-U+200D, U+2060 and U+FEFF after the start of a file. */
  static Stream<Character> zeroWidth() {
    return Stream.of('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF');
  }

  static Stream<Character> both() {
    return Stream.concat(unicodeSpaces(), zeroWidth());
  }

  /** The characters as test arguments named by their code point (a space has no visible name). */
  static Stream<Arguments> named(Stream<Character> characters) {
    return characters.map(c -> Arguments.of(hex(c), c));
  }

  static Stream<Arguments> namedBoth() {
    return named(both());
  }

  static Stream<Arguments> namedZeroWidth() {
    return named(zeroWidth());
  }

  private static String hex(char c) {
    return String.format("U+%04X", (int) c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namedBoth")
  void aHeaderNameIsFoundWhateverSurroundsIt(String name, char c) {
    Header header = new Header("f.csv", List.of(c + "Postcode" + c, "bsn" + c + c));
    assertEquals(List.of("postcode", "bsn"), header.names(), hex(c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namedBoth")
  void valuesAreTrimmedAndPostcodesLoseEverySpace(String name, char c) throws RowRejected {
    Header header = new Header("f.csv", List.of("postcode", "sector", "bsn"));
    Row row = new Row(header, 2, List.of("2711" + c + "AB" + c, c + "PO" + c, "111222333" + c));
    assertEquals("2711AB", row.postcode("postcode"), hex(c));
    assertEquals("PO", row.required("sector"), hex(c));
    assertEquals("111222333", row.required("bsn"), hex(c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namedZeroWidth")
  void zeroWidthCharactersAreRemovedInsideAValue(String name, char c) throws RowRejected {
    Header header = new Header("f.csv", List.of("sector"));
    assertEquals("PO", new Row(header, 2, List.of("P" + c + "O")).required("sector"), hex(c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namedBoth")
  void aValueOfOnlySpacesIsEmpty(String name, char c) {
    Header header = new Header("f.csv", List.of("sector"));
    RowRejected e =
        org.junit.jupiter.api.Assertions.assertThrows(
            RowRejected.class, () -> new Row(header, 2, List.of("" + c + c)).required("sector"));
    assertEquals(RejectReason.VERPLICHT_VELD_LEEG, e.reason());
    assertTrue(DeliveredText.isBlank(" " + c), hex(c));
  }

  @Test
  void spacesInsideATextValueStay() {
    assertEquals("Oude\u00A0Dorp", DeliveredText.clean("\u00A0Oude\u00A0Dorp\u202F"));
    assertEquals("Oude Dorp", DeliveredText.clean("Oude\u200B Dorp"));
  }

  @Test
  void lettersAndSignsAreNoSpaces() {
    for (char c : "aZ09-_/.;,'\"\u00E9\u2019\u00AD".toCharArray()) {
      assertEquals(String.valueOf(c), DeliveredText.clean(String.valueOf(c)), hex(c));
    }
  }
}
