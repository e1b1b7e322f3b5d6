package nl.leamonitor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.csv.CsvRowReader;
import nl.leamonitor.ingest.csv.RawRow;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.ingest.quality.RejectColumns;
import nl.leamonitor.ingest.validate.Header;
import nl.leamonitor.ingest.validate.RowValidator;
import nl.leamonitor.ingest.validate.ValidatedBatch;
import nl.leamonitor.ingest.validate.Validators;
import nl.leamonitor.ingest.validate.WijkLookup;

/**
 * One delivered file, read from a stream and validated a batch at a time on the calling thread: how
 * the Spark engine reads a file inside a task (and its reference files on the driver). The rules
 * are {@link Validators}' and {@link ValidatedBatch}'s, the same that {@link LocalPartExecutor}
 * runs on its thread pool. Problems with the file as a whole are thrown as {@link
 * InputRejectedException}.
 */
public final class FileBatches implements Iterator<ValidatedBatch>, AutoCloseable {
  private final CsvRowReader reader;
  private final List<String> rawHeader;
  private final Header header;
  private final RowValidator validator;
  private final RejectColumns rejectColumns;
  private final int batchRows;
  private ValidatedBatch next;
  private boolean ended;
  private InputRejectedException broken;
  private long read;

  /** Opens a file of a dataset, checks its header and prepares its validator. */
  public FileBatches(
      InputStream in,
      String name,
      Dataset dataset,
      CsvDialect dialect,
      WijkLookup wijken,
      Optional<PseudonymKey> key,
      int batchRows)
      throws IOException {
    this.reader = new CsvRowReader(in, name, dialect);
    this.rawHeader = reader.header();
    try {
      this.header = new Header(name, rawHeader, reader.headerLine(), dialect);
      this.validator = Validators.forFile(dataset, header, wijken, key);
      Validators.checkColumns(name, dataset, header, validator);
      this.rejectColumns = Validators.rejectColumns(dataset, header, validator);
    } catch (RuntimeException e) {
      reader.close();
      throw e;
    }
    this.batchRows = batchRows;
  }

  /**
   * Opens a later part of a file (see {@link nl.leamonitor.ingest.csv.RecordSplitter}): its records
   * start on line {@code linesBefore + 1}, and the header, read and checked from the first part, is
   * given.
   */
  public FileBatches(
      InputStream part,
      long linesBefore,
      List<String> rawHeader,
      String name,
      Dataset dataset,
      CsvDialect dialect,
      WijkLookup wijken,
      Optional<PseudonymKey> key,
      int batchRows)
      throws IOException {
    this.reader = CsvRowReader.ofPart(part, name, dialect, linesBefore);
    this.rawHeader = rawHeader;
    this.header = new Header(name, rawHeader);
    this.validator = Validators.forFile(dataset, header, wijken, key);
    this.rejectColumns = Validators.rejectColumns(dataset, header, validator);
    this.batchRows = batchRows;
  }

  /** Returns the header record as delivered. */
  public List<String> rawHeader() {
    return rawHeader;
  }

  /** Returns the normalised header. */
  public Header header() {
    return header;
  }

  /** Returns the validator, whose lake columns the accepted values follow. */
  public RowValidator validator() {
    return validator;
  }

  /** Returns the columns the file's reject records keep. */
  public RejectColumns rejectColumns() {
    return rejectColumns;
  }

  /** Returns the rows read so far. */
  public long read() {
    return read;
  }

  /**
   * Returns whether another batch follows. A record the CSV parser cannot read ends the file: the
   * rows before it come as a last batch, and the next call throws the problem, as {@link
   * LocalPartExecutor} gives the rows before a broken record their verdict.
   */
  @Override
  public boolean hasNext() {
    if (next == null && ended && broken != null) {
      InputRejectedException problem = broken;
      broken = null;
      throw problem;
    }
    if (next == null && !ended) {
      List<RawRow> rows = new ArrayList<>(batchRows);
      RawRow raw = null;
      try {
        while (rows.size() < batchRows && (raw = reader.next()) != null) {
          rows.add(raw);
        }
      } catch (InputRejectedException e) {
        broken = e;
      }
      read += rows.size();
      if (rows.size() < batchRows || broken != null) {
        ended = true;
      }
      if (rows.isEmpty() && broken != null) {
        return hasNext();
      }
      if (!rows.isEmpty()) {
        next = ValidatedBatch.of(header, validator, rows);
      }
    }
    return next != null;
  }

  @Override
  public ValidatedBatch next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ValidatedBatch batch = next;
    next = null;
    return batch;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
