package nl.leamonitor.analytics.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dialect bridge expands the shared functions, nested, into each engine's SQL. */
class SqlDialectTest {
  private static final LocalDate DATE = LocalDate.of(2025, 6, 30);

  @Test
  void engineSpecificFunctions() {
    assertEquals(
        "date_diff('day', a.start, b.eind)",
        SqlDialect.DUCKDB.expand("dagen_tussen(a.start, b.eind)", DATE));
    assertEquals(
        "datediff(b.eind, a.start)",
        SqlDialect.SPARK.expand("dagen_tussen(a.start, b.eind)", DATE));
    assertEquals("date_sub(x, 1)", SqlDialect.SPARK.expand("dag_ervoor(x)", DATE));
    assertEquals("((x) - 1)", SqlDialect.DUCKDB.expand("dag_ervoor(x)", DATE));
  }

  @Test
  void nestedSharedFunctionsAndTheRapportagedatum() {
    assertEquals(
        "where date_sub(make_date(cast(left(concat(cast(cast(left(j.schooljaar, 4) as int) + (1) as"
            + " string), '-', cast(cast(left(j.schooljaar, 4) as int) + (1) + 1 as string)), 4) as"
            + " int), 10, 1), 1) <= DATE '2025-06-30'",
        SqlDialect.SPARK.expand(
            "where dag_ervoor(peildatum(schooljaar_plus(j.schooljaar, 1))) <= {rapportagedatum}",
            DATE));
  }

  @Test
  void identifiersThatOnlyEndInAFunctionNameAreLeftAlone() {
    assertEquals(
        "select mijn_peildatum(x)", SqlDialect.DUCKDB.expand("select mijn_peildatum(x)", DATE));
  }

  @Test
  void theFirstRowsValueInEachEngine() {
    assertEquals(
        "arg_min_null(wijk_code, (bestand, regelnummer))",
        SqlDialect.DUCKDB.expand("eerste_rij(wijk_code)", DATE));
    assertEquals(
        "min_by(wijk_code, struct(bestand, regelnummer))",
        SqlDialect.SPARK.expand("eerste_rij(wijk_code)", DATE));
  }

  /**
   * The first row decides, also when its value is null (contract section 2: a record whose postcode
   * maps to no wijk counts nowhere, no fall-back to a later row), and "first" is file name, then
   * line as a number: person 1's first row is a.csv line 2 (no wijk) although a.csv line 10 and
   * b.csv line 1 have one; person 2's is a.csv line 9, before line 10 although "10" < "9" as text.
   */
  @Test
  void theFirstRowsNullIsKeptOnDuckDb() throws Exception {
    String sql =
        SqlDialect.DUCKDB.expand(
            "select persoon, eerste_rij(wijk_code) as wijk from (values (1, 'a.csv', 10, 'WK1'),"
                + " (1, 'b.csv', 1, 'WK2'), (1, 'a.csv', 2, null), (2, 'a.csv', 10, 'WK3'), (2,"
                + " 'a.csv', 9, 'WK4')) as t(persoon, bestand, regelnummer, wijk_code) group by"
                + " persoon order by persoon",
            DATE);
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getInt(1) + ":" + rs.getString(2));
      }
    }
    assertEquals(List.of("1:null", "2:WK4"), rows);
  }
}
