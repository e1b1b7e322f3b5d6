package nl.leamonitor.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * One partner's export in its own dialect: delimiter, encoding, byte order mark, line ending, date,
 * boolean, decimal and schooljaar forms, header spelling, quoting. Rows stream to disk. A small,
 * seeded share of rows is damaged or repeated so the reject and duplicate paths show.
 */
final class PartnerFile implements Closeable {
  enum DateStyle {
    ISO,
    DUTCH_PADDED,
    DUTCH_SHORT
  }

  enum BooleanStyle {
    J_N,
    JA_NEE,
    ONE_ZERO,
    TRUE_FALSE
  }

  /** The dialect of one partner's export. */
  record Dialect(
      char delimiter,
      Charset charset,
      boolean bom,
      String lineEnd,
      DateStyle dates,
      BooleanStyle booleans,
      boolean decimalComma,
      char schooljaarSeparator,
      boolean quoteAll) {}

  /** A schooljaar by its first year. */
  record Schooljaar(int year) {}

  private final CSVPrinter printer;
  private final List<String> columns;
  private final Dialect dialect;
  private final SplittableRandom random;
  private final double damageRate;
  private final double duplicateRate;
  private long rows;

  PartnerFile(
      Path path,
      Dialect dialect,
      List<String> header,
      SplittableRandom random,
      double damageRate,
      double duplicateRate)
      throws IOException {
    Files.createDirectories(path.getParent());
    OutputStream out = Files.newOutputStream(path);
    if (dialect.bom()) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    BufferedWriter writer =
        new BufferedWriter(new OutputStreamWriter(out, dialect.charset()), 1 << 16);
    this.printer =
        new CSVPrinter(
            writer,
            CSVFormat.RFC4180
                .builder()
                .setDelimiter(dialect.delimiter())
                .setRecordSeparator(dialect.lineEnd())
                .setQuoteMode(dialect.quoteAll() ? QuoteMode.ALL : QuoteMode.MINIMAL)
                .get());
    this.columns = new ArrayList<>();
    for (String h : header) {
      columns.add(h.strip().toLowerCase(Locale.ROOT));
    }
    this.dialect = dialect;
    this.random = random;
    this.damageRate = damageRate;
    this.duplicateRate = duplicateRate;
    printer.printRecord(header);
  }

  /**
   * Returns one row's fields in this export's dialect, given by lower-case column name; absent
   * columns are empty. Pure, so lives can be simulated on several threads.
   */
  List<String> fields(Map<String, Object> values) {
    List<String> fields = new ArrayList<>(columns.size());
    for (String c : columns) {
      fields.add(format(values.get(c)));
    }
    return fields;
  }

  /** Writes a row made by {@link #fields}, damaged or repeated by this file's own random stream. */
  void write(List<String> fields) throws IOException {
    if (random.nextDouble() < damageRate) {
      damage(fields);
    } else if (random.nextDouble() < duplicateRate) {
      printer.printRecord(fields);
      rows++;
    }
    printer.printRecord(fields);
    rows++;
  }

  long rows() {
    return rows;
  }

  private String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate d) {
      return switch (dialect.dates()) {
        case ISO -> d.toString();
        case DUTCH_PADDED ->
            String.format("%02d-%02d-%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        case DUTCH_SHORT -> d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + d.getYear();
      };
    }
    if (value instanceof Boolean b) {
      return switch (dialect.booleans()) {
        case J_N -> b ? "J" : "N";
        case JA_NEE -> b ? "ja" : "nee";
        case ONE_ZERO -> b ? "1" : "0";
        case TRUE_FALSE -> b ? "true" : "false";
      };
    }
    if (value instanceof BigDecimal n) {
      String text = n.toPlainString();
      return dialect.decimalComma() ? text.replace('.', ',') : text;
    }
    if (value instanceof Schooljaar s) {
      return s.year() + "" + dialect.schooljaarSeparator() + (s.year() + 1);
    }
    return value.toString();
  }

  /** Breaks one rule of the contract, the way real exports go wrong. */
  private void damage(List<String> fields) {
    int bsn = columns.indexOf("bsn");
    int kind = random.nextInt(6);
    if (kind == 0 && bsn >= 0 && fields.get(bsn).length() >= 8) {
      String v = fields.get(bsn);
      char last = v.charAt(v.length() - 1);
      fields.set(bsn, v.substring(0, v.length() - 1) + (char) ('0' + (last - '0' + 1) % 10));
    } else if (kind == 1 && columns.contains("postcode")) {
      fields.set(columns.indexOf("postcode"), "0" + random.nextInt(100, 999) + "XX");
    } else if (kind == 2 && columns.contains("geboortedatum")) {
      fields.set(columns.indexOf("geboortedatum"), "31-02-2011");
    } else if (kind == 3 && columns.contains("sector")) {
      fields.set(columns.indexOf("sector"), "BAO");
    } else if (kind == 3 && columns.contains("schooladvies")) {
      fields.set(columns.indexOf("schooladvies"), "HAVO/VMBO-GT");
    } else if (kind == 4) {
      fields.add("extra");
    } else {
      fields.set(
          columns.indexOf("schooljaar") >= 0 ? columns.indexOf("schooljaar") : fields.size() - 1,
          "");
    }
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
