package nl.leamonitor.analytics.publish;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * Writes {@code indicatoren.parquet}: the CSV's columns, typed (BIGINT tellers and noemers, DOUBLE
 * values and limits, BOOLEAN onderdrukt), empty fields as NULL, in the same order.
 */
public final class IndicatorParquetWriter {
  private IndicatorParquetWriter() {}

  /** Writes the rows as they are ordered. */
  public static void write(Path target, List<IndicatorRow> rows) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE indicatoren (volgorde INTEGER, indicator VARCHAR, schooljaar VARCHAR, gebied_type VARCHAR,"
          + " gebied_code VARCHAR, gebied_naam VARCHAR, uitsplitsing VARCHAR, categorie VARCHAR, teller BIGINT, noemer BIGINT,"
          + " waarde DOUBLE, ci_laag DOUBLE, ci_hoog DOUBLE, vergelijking VARCHAR, onderdrukt BOOLEAN)");
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO indicatoren VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int order = 0;
        for (IndicatorRow r : rows) {
          insert.setInt(1, order++);
          insert.setString(2, r.indicator());
          insert.setString(3, r.schooljaar());
          insert.setString(4, r.gebiedType());
          insert.setString(5, r.gebiedCode());
          insert.setString(6, r.gebiedNaam());
          insert.setString(7, r.uitsplitsing());
          setNullable(insert, 8, r.categorie(), Types.VARCHAR);
          setNullable(insert, 9, r.teller(), Types.BIGINT);
          setNullable(insert, 10, r.noemer(), Types.BIGINT);
          setNullable(insert, 11, r.waarde(), Types.DOUBLE);
          setNullable(insert, 12, r.ciLaag(), Types.DOUBLE);
          setNullable(insert, 13, r.ciHoog(), Types.DOUBLE);
          setNullable(insert, 14, r.vergelijking() == null ? null : r.vergelijking().label(), Types.VARCHAR);
          insert.setBoolean(15, r.onderdrukt());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      s.execute("COPY (SELECT * EXCLUDE (volgorde) FROM indicatoren ORDER BY volgorde) TO '"
          + target.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet)");
    }
  }

  private static void setNullable(PreparedStatement p, int index, Object value, int type) throws SQLException {
    if (value == null) {
      p.setNull(index, type);
    } else {
      p.setObject(index, value);
    }
  }
}
