package nl.leamonitor.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.values.Schooljaar;
import org.junit.jupiter.api.Test;

/** The lookups PublishedTable builds once instead of scanning its rows per wijk (issue 18). */
class PublishedTableTest {
  private static final String I05 = "I05_vertraging_aandeel";
  private static final String I04 = "I04_vsv_percentage";
  private static final Schooljaar YEAR = new Schooljaar(2023);

  /**
   * I05 per domein for the gemeente and three wijken, the categories in no order; WK03's rekenen
   * suppressed. I04 with a totaal only.
   */
  private static final PublishedTable TABLE =
      new PublishedTable(
          List.of(
              row(I05, "gemeente", "GM0637", "rekenen", 8.0, false),
              row(I05, "wijk", "WK02", "spelling", 4.0, false),
              row(I05, "wijk", "WK02", "rekenen", 12.0, false),
              row(I05, "wijk", "WK01", "rekenen", 3.5, false),
              row(I05, "wijk", "WK03", "rekenen", null, true),
              row(I05, "wijk", "WK01", "lezen", 6.0, false),
              row(I05, "wijk", "WK03", "lezen", 2.0, false),
              row(I04, "wijk", "WK01", null, 1.5, false)));

  @Test
  void categoriesAreEachIndicatorsDistinctCategoriesInOrder() {
    assertEquals(List.of("lezen", "rekenen", "spelling"), TABLE.categories(I05));
    assertEquals(List.of(), TABLE.categories(I04));
    assertEquals(List.of(), TABLE.categories("I99_onbekend"));
  }

  @Test
  void categoriesAreACopyTheCallerMayChange() {
    List<String> categories = TABLE.categories(I05);
    categories.add("schrijven");
    assertEquals(List.of("lezen", "rekenen", "spelling"), TABLE.categories(I05));
  }

  @Test
  void wijkValuesAreTheUnsuppressedWijkenSmallestFirst() {
    // Rekenen: WK01 3.5 and WK02 12.0; WK03 is suppressed and the gemeente's 8.0 is no wijk.
    assertEquals(List.of(3.5, 12.0), TABLE.wijkValues(I05, YEAR, "rekenen"));
    // Lezen: WK03 2.0 before WK01 6.0, though WK01 comes first in code order.
    assertEquals(List.of(2.0, 6.0), TABLE.wijkValues(I05, YEAR, "lezen"));
    assertEquals(List.of(1.5), TABLE.wijkValues(I04, YEAR, null));
    assertEquals(List.of(), TABLE.wijkValues(I05, new Schooljaar(2022), "rekenen"));
  }

  @Test
  void wijkValuesAreTheSameWhenAskedAgain() {
    List<Double> first = TABLE.wijkValues(I05, YEAR, "rekenen");
    assertEquals(first, TABLE.wijkValues(I05, YEAR, "rekenen"));
    assertEquals(new ArrayList<>(List.of(3.5, 12.0)), first);
  }

  private static IndicatorRow row(
      String indicator,
      String type,
      String code,
      String categorie,
      Double value,
      boolean suppressed) {
    return new IndicatorRow(
        indicator,
        YEAR,
        type,
        code,
        code,
        categorie == null ? IndicatorRow.TOTAAL : "domein",
        categorie,
        suppressed ? null : 10L,
        suppressed ? null : 100L,
        value,
        null,
        null,
        null,
        null,
        null,
        suppressed,
        false);
  }
}
