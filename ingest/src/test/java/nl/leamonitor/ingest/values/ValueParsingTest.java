package nl.leamonitor.ingest.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
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
