package nl.leamonitor.analytics.forecast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.analytics.publish.IndicatorCsvWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code prognose.csv}: the contract's columns (section 4) in its order, then two columns of
 * our own for the school wijken (issue 16), {@code capaciteit} and {@code tekort}, empty on the
 * contract's gemeente and wijk rows. Extra columns at the end keep every reader of the contract's
 * columns working (the contract may be added to, not broken).
 */
public final class ForecastCsvWriter {
  /** The contract's columns, in order. */
  public static final List<String> CONTRACT_COLUMNS =
      List.of(
          "indicator",
          "schooljaar",
          "gebied_type",
          "gebied_code",
          "gebied_naam",
          "sector",
          "leerlingen",
          "onderdrukt");

  /** Every column: the contract's, then capaciteit and tekort of the school-wijk rows. */
  public static final List<String> COLUMNS =
      java.util.stream.Stream.concat(
              CONTRACT_COLUMNS.stream(), List.of("capaciteit", "tekort").stream())
          .toList();

  private ForecastCsvWriter() {}

  /** Writes the rows as they are ordered. */
  public static void write(Path target, List<ForecastRow> rows) throws IOException {
    try (CSVPrinter out =
        new CSVPrinter(
            Files.newBufferedWriter(target, StandardCharsets.UTF_8),
            CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      out.printRecord(COLUMNS);
      for (ForecastRow r : rows) {
        out.printRecord(
            ForecastRow.INDICATOR,
            r.schooljaar().label(),
            r.gebiedType().label(),
            r.gebiedCode(),
            nl.leamonitor.ingest.quality.RejectWriter.protect(r.gebiedNaam()),
            r.sector().name(),
            IndicatorCsvWriter.number(r.leerlingen()),
            Boolean.toString(r.onderdrukt()),
            IndicatorCsvWriter.number(r.capaciteit()),
            IndicatorCsvWriter.number(r.tekort()));
      }
    }
  }
}
