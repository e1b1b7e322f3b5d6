package nl.leamonitor.analytics.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@code indicatoren.csv} (contract section 4): its columns, order and number format. */
public final class IndicatorCsvWriter {
  /** The contract's columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "indicator",
          "schooljaar",
          "gebied_type",
          "gebied_code",
          "gebied_naam",
          "uitsplitsing",
          "categorie",
          "teller",
          "noemer",
          "waarde",
          "ci_laag",
          "ci_hoog",
          "vergelijking",
          "onderdrukt",
          "voorlopig");

  private IndicatorCsvWriter() {}

  /** Writes the rows as they are ordered. */
  public static void write(Path target, List<IndicatorRow> rows) throws IOException {
    try (CSVPrinter out =
        new CSVPrinter(
            Files.newBufferedWriter(target, StandardCharsets.UTF_8),
            CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      out.printRecord(COLUMNS);
      for (IndicatorRow r : rows) {
        out.printRecord(
            r.indicator(),
            r.schooljaar().label(),
            r.gebiedType(),
            r.gebiedCode(),
            text(r.gebiedNaam()),
            r.uitsplitsing(),
            r.categorie() == null ? "" : r.categorie(),
            number(r.teller()),
            number(r.noemer()),
            number(r.waarde()),
            number(r.ciLaag()),
            number(r.ciHoog()),
            r.vergelijking() == null ? "" : r.vergelijking().label(),
            Boolean.toString(r.onderdrukt()),
            Boolean.toString(r.voorlopig()));
      }
    }
  }

  /**
   * Returns a number with a decimal point and full precision, never in exponent form; empty for
   * null.
   */
  public static String number(Number value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Long l) {
      return Long.toString(l);
    }
    BigDecimal exact = BigDecimal.valueOf(value.doubleValue()).stripTrailingZeros();
    return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
  }

  private static String text(String value) {
    return nl.leamonitor.ingest.quality.RejectWriter.protect(value);
  }
}
