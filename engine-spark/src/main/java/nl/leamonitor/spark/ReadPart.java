package nl.leamonitor.spark;

import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import nl.leamonitor.ingest.FileBatches;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.csv.RecordSplitter;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.ingest.quality.RejectColumns;
import nl.leamonitor.ingest.validate.ValidatedBatch;
import nl.leamonitor.ingest.validate.WijkLookup;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark task: reads one part of a personal file with the {@code ingest} module's reader and
 * validators ({@link FileBatches}), a batch at a time, and emits what it found as rows of {@link
 * #RECORDS}.
 */
final class ReadPart implements FlatMapFunction<ReadPart.Part, Row> {
  private static final int BATCH_ROWS = 10_000;

  /**
   * What the tasks emit: accepted rows (A: their lake values), rejects (R: the masked reject
   * record), a part's row count (N, in regelnummer) and file problems (P: line, column, problem in
   * reden, remedy in waarden).
   */
  static final StructType RECORDS =
      new StructType()
          .add("soort", DataTypes.StringType, false)
          .add("dataset", DataTypes.StringType, false)
          .add("bestand", DataTypes.StringType, false)
          .add("regelnummer", DataTypes.LongType, false)
          .add("waarden", DataTypes.createArrayType(DataTypes.StringType, true), true)
          .add("reden", DataTypes.StringType, true)
          .add("kolom", DataTypes.StringType, true);

  /**
   * A part of a personal file for a task: where the file is, how it is written, which bytes to read
   * (see {@link RecordSplitter}) and, for a part after the first, the header the driver read.
   */
  record Part(
      String name,
      String uri,
      Dataset dataset,
      char delimiter,
      String charset,
      boolean bom,
      boolean separatorLine,
      RecordSplitter.Part bytes,
      ArrayList<String> header)
      implements Serializable {
    CsvDialect dialect() {
      return new CsvDialect(
          delimiter, Charset.forName(charset), bom, separatorLine, 0, Long.MAX_VALUE, 0);
    }
  }

  private final Broadcast<WijkLookup> wijken;
  private final PseudonymKey key;
  private final HadoopSettings hadoop;

  ReadPart(Broadcast<WijkLookup> wijken, Optional<PseudonymKey> key, HadoopSettings hadoop) {
    this.wijken = wijken;
    this.key = key.orElse(null);
    this.hadoop = hadoop;
  }

  /** Returns the record of an accepted row. */
  static Row accepted(Dataset dataset, String file, ValidatedBatch.Accepted a) {
    return RowFactory.create("A", dataset.name(), file, a.line(), a.values(), null, null);
  }

  @Override
  public Iterator<Row> call(Part task) throws Exception {
    Path path = new Path(java.net.URI.create(task.uri()));
    FSDataInputStream file = path.getFileSystem(hadoop.configuration()).open(path);
    RecordSplitter.Part part = task.bytes();
    file.seek(part.start());
    InputStream in = new PartInputStream(file, part.end() - part.start());
    FileBatches batches;
    try {
      batches =
          part.start() == 0
              ? new FileBatches(
                  in,
                  task.name(),
                  task.dataset(),
                  task.dialect(),
                  wijken.value(),
                  Optional.ofNullable(key),
                  BATCH_ROWS)
              : new FileBatches(
                  in,
                  part.linesBefore(),
                  task.header(),
                  task.name(),
                  task.dataset(),
                  task.dialect(),
                  wijken.value(),
                  Optional.ofNullable(key),
                  BATCH_ROWS);
    } catch (InputRejectedException e) {
      return problems(task, e).iterator();
    }
    RejectColumns rejectColumns = batches.rejectColumns();
    return new Iterator<>() {
      private final ArrayDeque<Row> buffer = new ArrayDeque<>();
      private boolean done;

      @Override
      public boolean hasNext() {
        while (buffer.isEmpty() && !done) {
          try {
            if (batches.hasNext()) {
              ValidatedBatch batch = batches.next();
              batch.accepted().forEach(a -> buffer.add(accepted(task.dataset(), task.name(), a)));
              for (ValidatedBatch.Rejected r : batch.rejected()) {
                buffer.add(
                    RowFactory.create(
                        "R",
                        task.dataset().name(),
                        task.name(),
                        r.line(),
                        rejectColumns
                            .record(r.line(), r.reason().reason(), r.reason().column(), r.fields())
                            .toArray(new String[0]),
                        r.reason().reason().name(),
                        r.reason().column()));
              }
            } else {
              buffer.add(
                  RowFactory.create(
                      "N", task.dataset().name(), task.name(), batches.read(), null, null, null));
              finish();
            }
          } catch (InputRejectedException e) {
            buffer.addAll(problems(task, e));
            finish();
          }
        }
        return !buffer.isEmpty();
      }

      private void finish() {
        done = true;
        batches.close();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return buffer.poll();
      }
    };
  }

  private static List<Row> problems(Part task, InputRejectedException e) {
    List<Row> rows = new ArrayList<>();
    for (FileProblem p : e.problems()) {
      rows.add(
          RowFactory.create(
              "P",
              task.dataset().name(),
              p.file(),
              p.line(),
              new String[] {p.remedy()},
              p.problem(),
              p.column()));
    }
    return rows;
  }
}
