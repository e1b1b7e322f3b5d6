package nl.leamonitor.analytics.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
