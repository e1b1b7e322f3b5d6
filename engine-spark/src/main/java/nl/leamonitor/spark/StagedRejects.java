package nl.leamonitor.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.leamonitor.ingest.quality.RejectColumns;
import nl.leamonitor.ingest.quality.RejectTally;
import nl.leamonitor.ingest.quality.RejectWriter;
import nl.leamonitor.ingest.validate.RejectReason;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the rejects that {@link ReadPart} tasks staged in {@code ingest_records} to the rejects
 * folder on the driver, per file in line order, as the tasks masked them. A file with a broken
 * record gets its rejects up to that record only.
 */
final class StagedRejects {
  private StagedRejects() {}

  /**
   * Writes the staged rejects of the files in {@code columns}, each with its reject columns, and
   * returns their tallies by file name.
   */
  static Map<String, RejectTally> write(
      SparkSession spark, Path rejectsDir, Map<String, RejectColumns> columns) {
    Map<String, RejectTally> result = new HashMap<>();
    RejectWriter writer = null;
    String current = null;
    Iterator<Row> rows =
        spark
            .sql(
                "SELECT r.bestand, r.regelnummer, r.reden, r.waarden FROM ingest_records r LEFT"
                    + " JOIN (SELECT bestand, MIN(regelnummer) AS regel FROM ingest_records WHERE"
                    + " soort = 'P' GROUP BY bestand) p ON p.bestand = r.bestand WHERE r.soort ="
                    + " 'R' AND (p.regel IS NULL OR r.regelnummer < p.regel) ORDER BY r.bestand,"
                    + " r.regelnummer")
            .toLocalIterator();
    try {
      while (rows.hasNext()) {
        Row r = rows.next();
        String file = r.getString(0);
        if (!columns.containsKey(file)) {
          continue; // read by an earlier call
        }
        if (!file.equals(current)) {
          if (writer != null) {
            writer.close();
          }
          current = file;
          writer = new RejectWriter(rejectsDir.resolve(file), columns.get(file));
        }
        List<String> record = r.getList(3);
        writer.writeRecord(record);
        result
            .computeIfAbsent(file, f -> new RejectTally())
            .add(RejectReason.valueOf(r.getString(2)), r.getLong(1));
      }
      if (writer != null) {
        writer.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("afgekeurde regels konden niet geschreven worden", e);
    }
    return result;
  }
}
