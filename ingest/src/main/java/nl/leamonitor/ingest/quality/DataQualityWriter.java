package nl.leamonitor.ingest.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code datakwaliteit.csv} (contract section 4), one row per input file in the given order.
 */
public final class DataQualityWriter {
  /** The columns, in the contract's order. */
  public static final List<String> COLUMNS =
      List.of(
          "bestand",
          "dataset",
          "rijen_gelezen",
          "rijen_geaccepteerd",
          "duplicaten",
          "rijen_afgekeurd",
          "buiten_gemeente_of_onbekend");

  private DataQualityWriter() {}

  /** Writes the file; refuses to write rows that do not reconcile. */
  public static void write(Path target, List<FileQuality> rows) throws IOException {
    for (FileQuality q : rows) {
      if (!q.reconciles()) {
        throw new IllegalStateException(
            "datakwaliteit klopt niet voor "
                + q.file()
                + ": gelezen "
                + q.read()
                + " is niet geaccepteerd "
                + q.accepted()
                + " + duplicaten "
                + q.duplicates()
                + " + afgekeurd "
                + q.rejected());
      }
    }
    try (CSVPrinter out =
        new CSVPrinter(
            Files.newBufferedWriter(target, StandardCharsets.UTF_8),
            CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      out.printRecord(COLUMNS);
      for (FileQuality q : rows) {
        out.printRecord(
            RejectWriter.protect(q.file()),
            q.dataset().lakeName(),
            q.read(),
            q.accepted(),
            q.duplicates(),
            q.rejected(),
            q.outsideGemeentePublished().isPresent()
                ? q.outsideGemeentePublished().getAsLong()
                : "");
      }
    }
  }
}
