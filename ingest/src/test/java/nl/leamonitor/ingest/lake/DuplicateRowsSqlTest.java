package nl.leamonitor.ingest.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.ingest.delivery.Dataset;
import org.junit.jupiter.api.Test;

/**
 * {@code sql/lake/duplicate_rows.sql} finds the repeated keys by their hash and ranks the rows by
 * the key itself: keys that only share a hash are no duplicates.
 */
class DuplicateRowsSqlTest {
  /**
   * lake/staged_vertragingen.csv, key (persoon, schooljaar, meetmoment, domein): p1's key three
   * times, a.csv line 5 first (a.csv sorts before b.csv), so a.csv 6 and b.csv 2 are duplicates;
   * p2's key with an empty meetmoment twice (lines 7 and 9: null equals null), line 9 the
   * duplicate; p2 with meetmoment M and p3 once each.
   */
  private static final List<String> EXPECTED = List.of("a.csv 6", "a.csv 9", "b.csv 2");

  @Test
  void findsTheLaterRowsOfEachRepeatedKey() throws Exception {
    assertEquals(EXPECTED, duplicates(LakeBuilder.duplicateRows(Dataset.VERTRAGINGEN)));
  }

  @Test
  void keysThatOnlyShareTheirHashAreNoDuplicates() throws Exception {
    // Every key gets the same hash: all seven rows are candidates, the ranking by key decides.
    String sql =
        LakeBuilder.duplicateRows(Dataset.VERTRAGINGEN).replace("hash(", "one_hash_for_all(");
    assertEquals(EXPECTED, duplicates(sql));
  }

  private static List<String> duplicates(String sql) throws Exception {
    Path fixture =
        Path.of(DuplicateRowsSqlTest.class.getResource("/lake/staged_vertragingen.csv").toURI());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("CREATE MACRO one_hash_for_all(a, b, c, d) AS 42");
      s.execute(
          "CREATE TABLE staged_rows AS SELECT * FROM read_csv('"
              + fixture.toAbsolutePath().toString().replace("'", "''")
              + "', header = true, columns = {'bestand': 'VARCHAR', 'regelnummer': 'BIGINT',"
              + " 'persoon': 'VARCHAR', 'schooljaar': 'VARCHAR', 'meetmoment': 'VARCHAR',"
              + " 'domein': 'VARCHAR'})");
      List<String> found = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery("SELECT * FROM (" + sql + ") ORDER BY bestand, regelnummer")) {
        while (rs.next()) {
          found.add(rs.getString(1) + " " + rs.getLong(2));
        }
      }
      return found;
    }
  }
}
