package nl.leamonitor.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.leamonitor.ingest.quality.RejectTally;
import nl.leamonitor.ingest.quality.RejectWriter;
import nl.leamonitor.ingest.validate.RejectReason;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the rejects that {@link ReadPart} tasks staged in {@code ingest_records} to the rejects
 * folder on the driver, per file in line order, as the tasks masked them, each file with the writer
 * (and so the dialect) the driver opened for it. A file with a broken record gets its rejects up to
 * that record only.
 */
final class StagedRejects {
  private StagedRejects() {}

  /**
   * Writes the staged rejects of the files in {@code writers}, each with its writer (by file name),
   * closes every writer and returns the files' tallies by file name.
   */
  static Map<String, RejectTally> write(SparkSession spark, Map<String, RejectWriter> writers) {
    Map<String, RejectTally> result = new HashMap<>();
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
        RejectWriter writer = writers.get(file);
        if (writer == null) {
          continue; // read by an earlier call
        }
        List<String> record = r.getList(3);
        writer.writeRecord(record);
        result
            .computeIfAbsent(file, f -> new RejectTally())
            .add(RejectReason.valueOf(r.getString(2)), r.getLong(1));
      }
    } finally {
      for (RejectWriter writer : writers.values()) {
        try {
          writer.close();
        } catch (IOException e) {
          throw new UncheckedIOException("afgekeurde regels konden niet geschreven worden", e);
        }
      }
    }
    return result;
  }
}
