package nl.leamonitor.analytics.publish;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes {@code indicatoren.parquet}: the CSV's columns, typed (BIGINT tellers and noemers, DOUBLE
 * values and limits, BOOLEAN onderdrukt and voorlopig), empty fields as NULL, in the same order.
 */
public final class IndicatorParquetWriter {
  private IndicatorParquetWriter() {}

  /** Writes the rows as they are ordered. */
  public static void write(Path target, List<IndicatorRow> rows) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE indicatoren (volgorde INTEGER, indicator VARCHAR, schooljaar VARCHAR,"
              + " gebied_type VARCHAR, gebied_code VARCHAR, gebied_naam VARCHAR, uitsplitsing"
              + " VARCHAR, categorie VARCHAR, teller BIGINT, noemer BIGINT, waarde DOUBLE, ci_laag"
              + " DOUBLE, ci_hoog DOUBLE, vergelijking VARCHAR, onderdrukt BOOLEAN, voorlopig"
              + " BOOLEAN)");
      // The appender hands rows over in column chunks; a prepared-statement batch took seconds.
      try (DuckDBAppender append = c.unwrap(DuckDBConnection.class).createAppender("indicatoren")) {
        int order = 0;
        for (IndicatorRow r : rows) {
          append
              .beginRow()
              .append(order++)
              .append(r.indicator())
              .append(r.schooljaar().label())
              .append(r.gebiedType())
              .append(r.gebiedCode())
              .append(r.gebiedNaam())
              .append(r.uitsplitsing())
              .append(r.categorie())
              .append(r.teller())
              .append(r.noemer())
              .append(r.waarde())
              .append(r.ciLaag())
              .append(r.ciHoog())
              .append(r.vergelijking() == null ? null : r.vergelijking().label())
              .append(r.onderdrukt())
              .append(r.voorlopig())
              .endRow();
        }
      }
      s.execute(
          "COPY (SELECT * EXCLUDE (volgorde) FROM indicatoren ORDER BY volgorde) TO '"
              + target.toAbsolutePath().toString().replace("'", "''")
              + "' (FORMAT parquet)");
    }
  }
}
