package nl.leamonitor.ingest.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.leamonitor.ingest.validate.Header;
import nl.leamonitor.ingest.validate.RejectReason;
import nl.leamonitor.ingest.validate.Row;
import nl.leamonitor.ingest.validate.RowRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The value forms of contract section 1, accepted and refused. */
class ValueParsingTest {
  @Test
  void datesInTheThreeForms() {
    assertEquals(LocalDate.of(2023, 10, 1), DateValue.parse("2023-10-01"));
    assertEquals(LocalDate.of(2023, 10, 1), DateValue.parse("01-10-2023"));
    assertEquals(LocalDate.of(2023, 10, 1), DateValue.parse("1-10-2023"));
    assertEquals(LocalDate.of(2024, 2, 29), DateValue.parse("29-2-2024"));
  }

  /** The hand parser's dates, each form at its edges. */
  @Test
  void datesByHand() {
    assertEquals(LocalDate.of(2023, 1, 1), DateValue.parse("1-1-2023"));
    assertEquals(LocalDate.of(2023, 12, 31), DateValue.parse("31-12-2023"));
    assertEquals(LocalDate.of(2023, 1, 31), DateValue.parse("31-01-2023"));
    assertEquals(LocalDate.of(2023, 10, 1), DateValue.parse("01-10-2023"));
    assertEquals(LocalDate.of(1999, 12, 31), DateValue.parse("1999-12-31"));
    assertEquals(LocalDate.of(0, 1, 1), DateValue.parse("0000-01-01"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "00-10-2023", // day 0
        "32-1-2023",
        "1-13-2023",
        "1-0-2023",
        "2023-13-01",
        "2023-00-10",
        "2023-02-30",
        "2023-10-1",
        "23-10-01",
        "123-10-2023",
        "1-123-2023",
        "1-10-20233",
        "1-10-202",
        "1-10-",
        "-10-2023",
        "1--2023",
        "1-10--2023",
        "01-10-2023-",
        "2023-10-01-",
        "20a3-10-01",
        "2023-1a-01",
        "2023-10-0a",
        "a1-10-2023",
        "1-1a-2023",
        "1-10-20a3",
        "+1-10-2023",
        "1-+1-2023",
        "1-10-+023",
        "2023-+1-01",
        "\u0661-10-2023", // an Arabic-Indic digit: \d is ASCII only
        "2023-10-\uFF11\uFF11", // full-width digits
        " 1-10-2023",
        "1-10-2023 ",
        "2023 10 01",
        "-"
      })
  void malformedDatesAreRefusedByHand(String raw) {
    assertNull(DateValue.parse(raw));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-1-5",
        "31-02-2023",
        "29-02-2023",
        "2023/10/01",
        "01.10.2023",
        "1-10-23",
        "",
        "2023-10-01 00:00"
      })
  void otherDateFormsAreRefused(String raw) {
    assertNull(DateValue.parse(raw));
  }

  @Test
  void schooljaarForms() {
    assertEquals(new Schooljaar(2023), Schooljaar.parse("2023-2024"));
    assertEquals(new Schooljaar(2023), Schooljaar.parse("2023/2024"));
    assertNull(Schooljaar.parse("2023-2025"));
    assertNull(Schooljaar.parse("2024-2023"));
    assertNull(Schooljaar.parse("2023"));
    assertEquals(LocalDate.of(2023, 10, 1), new Schooljaar(2023).peildatum());
    assertEquals("2023-2024", new Schooljaar(2023).label());
  }

  /**
   * The hand parser reads what the pattern {@code (\d{4})[-/](\d{4})} read, with the years one
   * apart from 1900: ASCII digits only, nothing before or after.
   */
  @Test
  void schooljaarFormsByHand() {
    assertEquals(new Schooljaar(1900), Schooljaar.parse("1900-1901"));
    assertEquals(new Schooljaar(2099), Schooljaar.parse("2099/2100"));
    assertEquals(new Schooljaar(9998), Schooljaar.parse("9998-9999"));
    for (String refused :
        new String[] {
          "1899-1900", // before 1900
          "0999-1000",
          "9999-0000",
          "2023\u20132024", // en dash
          "2023_2024",
          "2023.2024",
          "20232024",
          "2023--2024",
          "2023-2024 ",
          " 2023-2024",
          "2023-20245",
          "a023-2024",
          "2023-202x",
          "\uFF12023-2024", // a full-width digit: \d is ASCII only
          "2023-\u0662024", // an Arabic-Indic digit
          "",
          "2023-"
        }) {
      assertNull(Schooljaar.parse(refused), refused);
      assertThrows(IllegalArgumentException.class, () -> Schooljaar.of(refused), refused);
    }
    assertEquals(new Schooljaar(1900), Schooljaar.of("1900-1901"));
  }

  /** The labels kept for 1900 to 2199 and the ones spelled out beyond them read alike. */
  @Test
  void schooljaarLabelsInAndBeyondTheKeptOnes() {
    assertEquals("1900-1901", new Schooljaar(1900).label());
    assertEquals("2199-2200", new Schooljaar(2199).label());
    assertEquals("2200-2201", new Schooljaar(2200).label());
    assertEquals("1899-1900", new Schooljaar(1899).label());
    assertEquals("9998-9999", Schooljaar.parse("9998/9999").label());
  }

  @Test
  void schooljaarSuccessorAndCanonicalLabel() {
    assertEquals(new Schooljaar(2024), new Schooljaar(2023).successor());
    // 30 September 2024 is the last day of 2023-2024: the day before the successor's peildatum.
    assertEquals(LocalDate.of(2024, 9, 30), new Schooljaar(2023).lastDay());
    assertEquals(new Schooljaar(2023), Schooljaar.of("2023-2024"));
    // of() reads what the lake and the SQL models write; a partner's 2023/2024 goes through
    // parse().
    assertEquals(
        "not a schooljaar label: 2023/2024",
        assertThrows(IllegalArgumentException.class, () -> Schooljaar.of("2023/2024"))
            .getMessage());
    assertEquals(
        "not a schooljaar label: 2023-2025",
        assertThrows(IllegalArgumentException.class, () -> Schooljaar.of("2023-2025"))
            .getMessage());
    assertTrue(new Schooljaar(2023).compareTo(new Schooljaar(2024)) < 0);
  }

  @Test
  void schooljaarContainingADateStartsOnThePeildatum() {
    assertEquals(new Schooljaar(2023), Schooljaar.containing(LocalDate.of(2023, 10, 1)));
    assertEquals(new Schooljaar(2022), Schooljaar.containing(LocalDate.of(2023, 9, 30)));
    assertEquals(new Schooljaar(2023), Schooljaar.containing(LocalDate.of(2024, 1, 15)));
  }

  @Test
  void postcodes() {
    assertEquals("2711AB", Postcode.normalise("2711 ab"));
    assertEquals("2711AB", Postcode.normalise(" 27 11A B "));
    assertEquals("2711", Postcode.normalise("2711"));
    assertNull(Postcode.normalise("0711AB"));
    assertNull(Postcode.normalise("2711A"));
    assertNull(Postcode.normalise("2711ABC"));
    assertNull(Postcode.normalise("27111"));
  }

  /** The hand check of a postcode's form: what {@code [1-9][0-9]{3}([A-Z]{2})?} matched. */
  @Test
  void postcodesByHand() {
    assertEquals("1000", Postcode.normalise("1000"));
    assertEquals("9999ZZ", Postcode.normalise("9999zz"));
    assertEquals("1234AZ", Postcode.normalise("1234\u00A0aZ"));
    // Upper case first, as before: the sharp s becomes SS, a valid pair of letters.
    assertEquals("2711SS", Postcode.normalise("2711\u00DF"));
    for (String refused :
        new String[] {
          "",
          "271",
          "27111",
          "2711A",
          "2711ABC",
          "0711",
          "A711AB",
          "27A1AB",
          "2711A1",
          "27111A",
          "2711@B",
          "2711[B",
          "\u0662711AB",
          "2711\u00C9B",
          "2711-AB",
          "-2711"
        }) {
      assertNull(Postcode.normalise(refused), refused);
    }
  }

  /** The hand check of a brin's form: what {@code [0-9]{2}[A-Z0-9]{2}} matched, in upper case. */
  @Test
  void brinsByHand() throws RowRejected {
    Header header = new Header("f.csv", List.of("brin"));
    assertEquals("00AA", new Row(header, 2, List.of("00aa")).brin("brin"));
    assertEquals("9999", new Row(header, 2, List.of("9999")).brin("brin"));
    assertEquals("12Z0", new Row(header, 2, List.of(" 12z0 ")).brin("brin"));
    for (String refused :
        new String[] {
          "0",
          "00A",
          "00AAA",
          "A0AA",
          "0AAA",
          "00A-",
          "00@A",
          "00[A",
          "00\u00C9A",
          "\u06610AA",
          "0 AA"
        }) {
      RowRejected e =
          assertThrows(RowRejected.class, () -> new Row(header, 2, List.of(refused)).brin("brin"));
      assertEquals(RejectReason.BRIN_ONGELDIG, e.reason(), refused);
      assertEquals("brin", e.column(), refused);
    }
  }

  @Test
  void booleans() {
    for (String yes : new String[] {"J", "j", "ja", "JA", "1", "true", "TRUE", "True"}) {
      assertEquals(Boolean.TRUE, BooleanValue.parse(yes), yes);
    }
    for (String no : new String[] {"N", "n", "nee", "Nee", "0", "false", "FALSE"}) {
      assertEquals(Boolean.FALSE, BooleanValue.parse(no), no);
    }
    assertNull(BooleanValue.parse("y"));
    assertNull(BooleanValue.parse("2"));
  }

  @Test
  void decimalsWithCommaOrPoint() {
    assertEquals(new BigDecimal("-1.5"), NumberValue.parseDecimal("-1,5"));
    assertEquals(new BigDecimal("2.25"), NumberValue.parseDecimal("2.25"));
    assertEquals(new BigDecimal("3"), NumberValue.parseDecimal("+3"));
    assertNull(NumberValue.parseDecimal("1.234,5"));
    assertNull(NumberValue.parseDecimal("1,"));
    assertNull(NumberValue.parseDecimal("drie"));
  }

  /** The hand parser's decimals: what {@code [+-]?\d+([.,]\d+)?} matched, and nothing else. */
  @Test
  void decimalsByHand() {
    assertEquals(new BigDecimal("0.5"), NumberValue.parseDecimal("0,5"));
    assertEquals(new BigDecimal("2.50"), NumberValue.parseDecimal("2.50"));
    assertEquals(new BigDecimal("-12"), NumberValue.parseDecimal("-12"));
    assertEquals(new BigDecimal("7"), NumberValue.parseDecimal("007"));
    assertEquals(new BigDecimal("0.125"), NumberValue.parseDecimal("+0.125"));
    for (String refused :
        new String[] {
          "",
          "+",
          "-",
          "+-1",
          "--1",
          ".5",
          ",5",
          "-.5",
          "5.",
          "1.2.3",
          "1,2,3",
          "1 5",
          "1e3",
          "\u0665",
          "1,\u0665",
          " 1",
          "1 ",
          "1.-5",
          "0x10"
        }) {
      assertNull(NumberValue.parseDecimal(refused), refused);
      assertFalse(NumberValue.isPlainNumber(refused), refused);
    }
  }

  /** The hand parser's whole numbers: one to nine ASCII digits. */
  @Test
  void wholeNumbersByHand() {
    assertEquals(0, NumberValue.parseWhole("0"));
    assertEquals(7, NumberValue.parseWhole("007"));
    assertEquals(999_999_999, NumberValue.parseWhole("999999999"));
    assertEquals(12, NumberValue.parseWhole("000000012"));
    for (String refused :
        new String[] {"", "+8", "8 ", " 8", "1234567890", "0000000001", "8,0", "\u0668", "1a"}) {
      assertNull(NumberValue.parseWhole(refused), refused);
    }
  }

  @Test
  void wholeNumbers() {
    assertEquals(8, NumberValue.parseWhole("8"));
    assertNull(NumberValue.parseWhole("-1"));
    assertNull(NumberValue.parseWhole("8.0"));
    assertNull(NumberValue.parseWhole("12345678901"));
  }

  @Test
  void plainNumbersAreNotFormulas() {
    assertTrue(NumberValue.isPlainNumber("-1,5"));
    assertFalse(NumberValue.isPlainNumber("-1+2"));
  }
}
