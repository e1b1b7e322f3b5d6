package nl.leamonitor.ingest.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Masking BSNs wherever partner text is repeated. The elfproef sums are worked out by hand ({@code
 * 9*d1 + 8*d2 + ... + 2*d8 - d9}, 8 digits padded with a leading 0): 123456782: 154 = 14 x 11;
 * 111222333: 66 = 6 x 11; 012345672: 110 = 10 x 11; 100000004: 5, an onderwijsnummer; 123456789:
 * 147, remainder 4, no BSN; 020150301 (the date 2015-03-01): 55 = 5 x 11; 017092024 (17-09-2024):
 * 143 = 13 x 11; 020242025 (the schooljaar 2024-2025): 55 = 5 x 11. Those three pass the elfproef
 * but are dates, which nobody writes a BSN as.
 */
class BsnMaskTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          plain 9 digits            | 123456782                               | ******782
          hyphens                   | 123-456-782                             | ******782
          dots, as BSNs are printed | 1234.56.782                             | ******782
          spaces                    | 12 34 56 782                            | ******782
          non-breaking spaces       | 123\u00A0456\u00A0782                   | ******782
          zero-width space inside   | bsn 1234\u200B56782 gebeld              | bsn ******782 gebeld
          word joiner and BOM       | 123\u2060456\uFEFF782                   | ******782
          figure space              | 123\u2007456\u2007782                   | ******782
          inside text               | opmerking: bsn 123456782 gebeld         | opmerking: bsn ******782 gebeld
          hyphens inside text       | moeder (bsn 123-456-782) belt terug     | moeder (bsn ******782) belt terug
          joined to letters         | BSN123456782                            | BSN******782
          8 digits, Excel's         | tel. nr. 12345672                       | tel. nr. *****672
          onderwijsnummer           | onderwijsnummer 100000004               | onderwijsnummer ******004
          two in one text           | 111222333 en 123-456-782                | ******333 en ******782
          after a date              | 2024-10-01 123456782                    | 2024-10-01 ******782
          no elfproef, in text      | ordernummer 123456789 verzonden         | ordernummer 123456789 verzonden
          no elfproef, hyphens      | 123-456-789                             | 123-456-789
          10 digits hold a BSN      | rekening 1234567820                     | rekening 1234567820
          date year first           | geboren 2015-03-01                      | geboren 2015-03-01
          date day first            | gebeld op 17-09-2024                    | gebeld op 17-09-2024
          schooljaar                | schooljaar 2024-2025                    | schooljaar 2024-2025
          postcode, brin, counts    | 2711 AB, 12AB, 42 van de 1200 regels    | 2711 AB, 12AB, 42 van de 1200 regels
          line number               | regel 12                                | regel 12
          empty                     | ""                                      | ""
          """)
  void masksBsnsInText(String what, String text, String expected) {
    assertEquals(expected, BsnMask.inText(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          a BSN                         | 123456782          | ******782
          9 digits without elfproef     | 123456789          | ******789
          8 digits without elfproef     | ' 12345678 '       | *****678
          grouped, no elfproef          | 111 222 334        | ******334
          a date stays                  | 2015-03-01         | 2015-03-01
          a date with dots stays        | 17.09.2024         | 17.09.2024
          a schooljaar stays            | 2024-2025          | 2024-2025
          a BSN in text                 | zie 111.222.333    | zie ******333
          no elfproef in text stays     | zie 111.222.334    | zie 111.222.334
          an id holding a BSN           | LP-17156075        | LP-*****075
          a postcode stays              | 2711AB             | 2711AB
          """)
  void masksAFieldThatIsANumberOf8Or9DigitsWhateverItsCheck(
      String what, String value, String expected) {
    assertEquals(expected, BsnMask.field(value.replace('\'', ' ')));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          a BSN                  | ' 123456789 '   | ******789
          anything               | onbekend        | *****end
          short                  | 12              | **
          empty                  | ''              | ''
          """)
  void masksTheBsnColumnWhateverItHolds(String what, String value, String expected) {
    assertEquals(expected.replace("'", ""), BsnMask.always(value.replace('\'', ' ')));
  }
}
