package nl.leamonitor.analytics.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
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
  void firstValueKeepsANullOfTheFirstRow() throws Exception {
    assertEquals(
        "min_by(r.wijk_code, r.volgorde)",
        SqlDialect.SPARK.expand("eerste_waarde(r.wijk_code, r.volgorde)", DATE));
    // DuckDB's arg_min would skip the first row's null and give the second row's 'WK02'.
    String sql =
        SqlDialect.DUCKDB.expand(
            "select persoon, eerste_waarde(wijk_code, volgorde) from (values ('a', null, 1),"
                + " ('a', 'WK02', 2), ('b', 'WK03', 5), ('b', 'WK04', 4)) as r(persoon,"
                + " wijk_code, volgorde) group by persoon order by persoon",
            DATE);
    assertEquals(
        "select persoon, arg_min_null(wijk_code, volgorde) from (values ('a', null, 1),"
            + " ('a', 'WK02', 2), ('b', 'WK03', 5), ('b', 'WK04', 4)) as r(persoon,"
            + " wijk_code, volgorde) group by persoon order by persoon",
        sql);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      assertEquals("a", rs.getString(1));
      assertNull(rs.getString(2));
      rs.next();
      assertEquals("b", rs.getString(1));
      assertEquals("WK04", rs.getString(2)); // volgorde 4 comes before 5
    }
  }

  /**
   * A row whose volgorde is null is skipped, so a conditional volgorde takes the first of some rows
   * (I04's first VO row): a's first row has no volgorde, so its second row's 'WK02'; b has no row
   * with a volgorde, so null.
   */
  @Test
  void firstValueSkipsARowWithoutVolgorde() throws Exception {
    String sql =
        SqlDialect.DUCKDB.expand(
            "select persoon, eerste_waarde(wijk_code, case when sector = 'VO' then volgorde end)"
                + " from (values ('a', 'WK01', 'MBO', 1), ('a', 'WK02', 'VO', 2), ('a', 'WK03',"
                + " 'VO', 3), ('b', 'WK04', 'MBO', 4)) as r(persoon, wijk_code, sector, volgorde)"
                + " group by persoon order by persoon",
            DATE);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      assertEquals("a", rs.getString(1));
      assertEquals("WK02", rs.getString(2));
      rs.next();
      assertEquals("b", rs.getString(1));
      assertNull(rs.getString(2));
    }
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
}
