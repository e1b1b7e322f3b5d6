package nl.leamonitor.ingest.lake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.ingest.OwnerOnly;
import nl.leamonitor.ingest.validate.ValidatedBatch;
import org.apache.commons.csv.CSVFormat;

/**
 * Streams one dataset's validated rows, from all its files, to staging CSVs that DuckDB reads in
 * parallel scans: a columnar hand-over instead of row-by-row inserts. Columns are {@code bestand,
 * regelnummer} followed by the dataset's lake columns; null is written empty. A personal dataset
 * gets one staging file per value of its partition column ({@value LakeLayout#PARTITION_COLUMN}),
 * so that DuckDB writes each partition's Parquet file from its own file instead of partitioning
 * every row again; a reference dataset gets one. It also counts, per delivered file, the staged
 * rows without a wijk ({@code wijk_code} empty), from which {@link LakeBuilder} tells the rows
 * outside the gemeente without reading the staged rows again.
 */
public final class StagingWriter implements AutoCloseable {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
  private final Path folder;
  private final String name;
  private final byte[] header;
  private final Map<String, Part> parts = new TreeMap<>();
  private final Map<String, Long> withoutWijk = new HashMap<>();
  private long rows;

  /** One staging file: a partition's, or a reference dataset's only one. */
  private record Part(Path file, OutputStream out) {}

  /**
   * The staging records of one batch: per partition value (empty for a reference dataset) the
   * records' text and their count, and how many of the batch's rows have no wijk.
   *
   * @param text the records per partition value, in UTF-8
   * @param counts the number of records per partition value
   * @param withoutWijk the rows whose {@code wijk_code} is empty (0 for datasets without one)
   */
  public record Records(Map<String, Text> text, Map<String, Integer> counts, long withoutWijk) {
    /** No records: what an executor that stages nothing hands on. */
    public static final Records NONE = new Records(Map.of(), Map.of(), 0);
  }

  /**
   * Records in UTF-8: the first {@code length} bytes of {@code bytes}, a buffer that the writer
   * hands back to be filled again once it has written them.
   */
  public record Text(byte[] bytes, int length) {}

  /**
   * Buffers the writer has written, for the next batches to fill: a batch's records are megabytes,
   * and allocating, zeroing and trimming a new buffer for each cost more than formatting them.
   */
  private static final java.util.concurrent.ConcurrentLinkedQueue<byte[]> FREE =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  /** The buffers kept at most: the batches in flight and being written, and some to spare. */
  private static final int FREE_MAX = 16;

  /**
   * Prepares the staging of a dataset in {@code folder}: files named after {@code name}, created
   * with their header when their first records come.
   */
  public StagingWriter(Path folder, String name, List<LakeColumn> columns) throws IOException {
    this.folder = OwnerOnly.createDirectories(folder);
    this.name = name;
    List<String> names = new ArrayList<>();
    names.add("bestand");
    names.add("regelnummer");
    for (LakeColumn c : columns) {
      names.add(c.name());
    }
    StringBuilder text = new StringBuilder();
    FORMAT.printRecord(text, names.toArray());
    this.header = text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Formats a batch's accepted rows as staging records; threads format their own batches, the
   * writer only appends the bytes. The text is what Commons CSV's RFC 4180 printer writes (its
   * minimal quoting, {@link #appendField}), without its per-value overhead, encoded as UTF-8 here,
   * on the formatting thread, where a text of plain ASCII is one copy. {@code partition} is the
   * index in the lake values of the column the dataset is partitioned by, or -1; {@code wijk} that
   * of {@code wijk_code}, or -1.
   */
  public static Records format(
      String fileName, List<ValidatedBatch.Accepted> accepted, int partition, int wijk) {
    // Per partition value: its text and count; a batch holds few values, so a short list.
    List<String> keys = new ArrayList<>(4);
    List<Utf8> texts = new ArrayList<>(4);
    List<int[]> counts = new ArrayList<>(4);
    StringBuilder file = new StringBuilder(fileName.length() + 3);
    appendField(file, fileName, true);
    byte[] quotedName = file.append(',').toString().getBytes(StandardCharsets.UTF_8);
    long noWijk = 0;
    String lastKey = null;
    Utf8 text = null;
    int[] count = null;
    for (ValidatedBatch.Accepted row : accepted) {
      String[] values = row.values();
      // A missing value (never, for schooljaar) gets a key no partition folder can be named after.
      String key = partition < 0 ? "" : Objects.requireNonNullElse(values[partition], "\0");
      if (!key.equals(lastKey)) {
        lastKey = key;
        int at = keys.indexOf(key);
        if (at < 0) {
          at = keys.size();
          keys.add(key);
          texts.add(new Utf8(accepted.size() * 160));
          counts.add(new int[1]);
        }
        text = texts.get(at);
        count = counts.get(at);
      }
      count[0]++;
      if (wijk >= 0 && (values[wijk] == null || values[wijk].isEmpty())) {
        noWijk++;
      }
      text.append(quotedName);
      text.append(row.line());
      for (String v : values) {
        text.append((byte) ',');
        text.appendField(v);
      }
      text.append((byte) '\n');
    }
    Map<String, Text> done = new HashMap<>();
    Map<String, Integer> rows = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      done.put(keys.get(i), texts.get(i).text());
      rows.put(keys.get(i), counts.get(i)[0]);
    }
    return new Records(done, rows, noWijk);
  }

  /**
   * A growing UTF-8 text of staging records. A value whose characters all lie after {@code ','} and
   * in ASCII (a pseudonym, a date, a number, a code) needs no quotes and is its own bytes, so it is
   * copied as it is checked; any other value goes through {@link #appendField(StringBuilder,
   * String, boolean)} and is encoded.
   */
  private static final class Utf8 {
    private byte[] bytes;
    private int size;

    Utf8(int capacity) {
      byte[] free = FREE.poll();
      bytes = free != null ? free : new byte[Math.max(capacity, 64)];
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    void append(byte b) {
      room(1);
      bytes[size++] = b;
    }

    void append(byte[] b) {
      room(b.length);
      System.arraycopy(b, 0, bytes, size, b.length);
      size += b.length;
    }

    /** Appends a whole number in decimal digits, as {@link Long#toString} writes it. */
    void append(long n) {
      if (n < 0 || n >= 1_000_000_000_000_000L) {
        append(Long.toString(n).getBytes(StandardCharsets.US_ASCII));
        return;
      }
      int digits = 1;
      for (long p = 10; p <= n; p *= 10) {
        digits++;
      }
      room(digits);
      for (int i = size + digits - 1; i >= size; i--) {
        bytes[i] = (byte) ('0' + n % 10);
        n /= 10;
      }
      size += digits;
    }

    /** Appends a value that is not first in its record, as {@link #appendField} prints it. */
    void appendField(String value) {
      if (value == null) {
        return;
      }
      int length = value.length();
      room(length);
      byte[] b = bytes;
      int at = size;
      for (int i = 0; i < length; i++) {
        char c = value.charAt(i);
        if (c <= ',' || c >= 0x80) {
          StringBuilder quoted = new StringBuilder(length + 2);
          StagingWriter.appendField(quoted, value, false);
          append(quoted.toString().getBytes(StandardCharsets.UTF_8));
          return;
        }
        b[at + i] = (byte) c;
      }
      size = at + length;
    }

    Text text() {
      return new Text(bytes, size);
    }
  }

  /** Returns {@link #format} without partitions or wijk counts: one text, as one file holds it. */
  static String format(String fileName, List<ValidatedBatch.Accepted> accepted) {
    Text text = format(fileName, accepted, -1, -1).text().get("");
    return text == null ? "" : new String(text.bytes(), 0, text.length(), StandardCharsets.UTF_8);
  }

  /**
   * Appends a value as {@code CSVFormat.RFC4180} prints it: null as nothing; quoted when it is
   * empty and first in its record, starts with a character up to {@code #}, holds a comma, a quote
   * or a line break, or ends with a character up to a space; quotes inside doubled.
   */
  static void appendField(StringBuilder out, String value, boolean first) {
    if (value == null) {
      return;
    }
    int length = value.length();
    boolean quote;
    if (length == 0) {
      quote = first;
    } else if (value.charAt(0) <= '#' || value.charAt(length - 1) <= ' ') {
      quote = true;
    } else {
      quote = false;
      for (int i = 0; i < length; i++) {
        char c = value.charAt(i);
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
          quote = true;
          break;
        }
      }
    }
    if (!quote) {
      out.append(value);
      return;
    }
    out.append('"');
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  /**
   * Appends a batch's staging records ({@link #format}) from the delivered file {@code fileName};
   * their buffers are then filled again by later batches.
   */
  public void append(String fileName, Records records) {
    try {
      for (Map.Entry<String, Text> e : records.text().entrySet()) {
        Part part = parts.get(e.getKey());
        if (part == null) {
          String suffix = e.getKey().isEmpty() ? "" : "." + (parts.size() + 1);
          Path file = folder.resolve(name + suffix + ".csv");
          part = new Part(file, open(file));
          part.out().write(header);
          parts.put(e.getKey(), part);
        }
        Text text = e.getValue();
        part.out().write(text.bytes(), 0, text.length());
        if (FREE.size() < FREE_MAX) {
          FREE.offer(text.bytes());
        }
        rows += records.counts().get(e.getKey());
      }
      if (records.withoutWijk() > 0) {
        withoutWijk.merge(fileName, records.withoutWijk(), Long::sum);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "staging-bestand voor " + name + " in " + folder + " kon niet geschreven worden", e);
    }
  }

  /** Opens a staging file (mode 0600) for bytes; the records come in large blocks. */
  private static OutputStream open(Path file) throws IOException {
    return new java.io.BufferedOutputStream(OwnerOnly.newOutputStream(file), 1 << 16);
  }

  /**
   * Returns the staging files by partition value, in the value's order (one file under the empty
   * value for a reference dataset); none when no row was staged.
   */
  public SortedMap<String, Path> files() {
    SortedMap<String, Path> files = new TreeMap<>();
    parts.forEach((k, v) -> files.put(k, v.file()));
    return files;
  }

  /** Returns per delivered file the staged rows without a wijk, for files that have any. */
  public Map<String, Long> withoutWijk() {
    return Map.copyOf(withoutWijk);
  }

  public long rows() {
    return rows;
  }

  /**
   * Closes the staging files; a dataset without rows gets one file with only the header, so that
   * its lake file still gets the columns.
   */
  @Override
  public void close() throws IOException {
    if (parts.isEmpty()) {
      Path file = folder.resolve(name + ".csv");
      Part part = new Part(file, open(file));
      part.out().write(header);
      parts.put("", part);
    }
    IOException first = null;
    for (Part p : parts.values()) {
      try {
        p.out().close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
