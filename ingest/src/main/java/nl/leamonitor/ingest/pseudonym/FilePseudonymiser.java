package nl.leamonitor.ingest.pseudonym;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.csv.CsvRowReader;
import nl.leamonitor.ingest.csv.DialectDetector;
import nl.leamonitor.ingest.csv.RawRow;
import nl.leamonitor.ingest.validate.Header;
import nl.leamonitor.ingest.values.Bsn;
import nl.leamonitor.ingest.values.BsnMask;
import nl.leamonitor.ingest.values.DeliveredText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code lea pseudonimiseer}: replaces a partner file's {@code bsn} column by {@code leerling_id}
 * with the same HMAC the pipeline uses, so ids link across files and years. The output keeps the
 * input's delimiter and is UTF-8. A file with an invalid BSN is refused whole (the lines are named,
 * the numbers are not), so no child silently drops out. A BSN written in another column (a note
 * such as "kind 123 456 782") is masked there as in rejects ({@link BsnMask#inText}): the output is
 * meant to leave the partner without BSNs.
 */
public final class FilePseudonymiser {
  private static final int LINES_NAMED = 10;

  private FilePseudonymiser() {}

  /** Pseudonymises {@code in} into {@code out}; returns the number of rows written. */
  public static long run(Path in, Path out, PseudonymKey key) throws IOException {
    String name = in.getFileName().toString();
    CsvDialect dialect = DialectDetector.detect(in, name);
    Pseudonymiser pseudonymiser = new Pseudonymiser(key);
    Path partial = out.resolveSibling(out.getFileName() + ".deel");
    List<Long> badLines = new ArrayList<>();
    long badCount = 0;
    long rows = 0;
    try (CsvRowReader reader = new CsvRowReader(in, name, dialect)) {
      Header header = new Header(name, reader.header(), reader.headerLine(), dialect);
      int bsn = header.position("bsn");
      int existingId = header.position("leerling_id");
      if (bsn < 0) {
        throw new InputRejectedException(
            new FileProblem(
                name,
                header.line(),
                "bsn",
                "het bestand heeft geen kolom bsn",
                "Er valt niets te pseudonimiseren; lever het bestand zoals het is."
                    + header.foundColumns()));
      }
      List<String> columns = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        if (i != existingId) {
          columns.add(i == bsn ? "leerling_id" : DeliveredText.clean(reader.header().get(i)));
        }
      }
      try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
          CSVPrinter printer =
              new CSVPrinter(
                  writer,
                  CSVFormat.RFC4180
                      .builder()
                      .setDelimiter(dialect.delimiter())
                      .setRecordSeparator("\r\n")
                      .get())) {
        printer.printRecord(columns);
        RawRow row;
        while ((row = reader.next()) != null) {
          if (row.fields().size() != header.size()) {
            throw new InputRejectedException(
                new FileProblem(
                    name,
                    row.line(),
                    null,
                    "de regel heeft "
                        + row.fields().size()
                        + " velden, de kopregel "
                        + header.size(),
                    "Herstel de regel en pseudonimiseer opnieuw."));
          }
          String raw = DeliveredText.clean(row.fields().get(bsn));
          String id;
          if (raw.isEmpty()) {
            id = existingId >= 0 ? DeliveredText.clean(row.fields().get(existingId)) : "";
          } else {
            String digits = Bsn.nineDigits(raw);
            if (digits == null || !(Bsn.isBsn(digits) || Bsn.isOnderwijsnummer(digits))) {
              if (badLines.size() < LINES_NAMED) {
                badLines.add(row.line());
              }
              badCount++;
              continue;
            }
            id = pseudonymiser.pseudonym(digits);
          }
          List<String> record = new ArrayList<>(columns.size());
          for (int i = 0; i < header.size(); i++) {
            if (i == bsn) {
              record.add(id);
            } else if (i != existingId) {
              record.add(BsnMask.inText(row.fields().get(i)));
            }
          }
          printer.printRecord(record);
          rows++;
        }
      }
    } catch (InputRejectedException | IOException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    if (badCount > 0) {
      Files.deleteIfExists(partial);
      throw new InputRejectedException(
          new FileProblem(
              name,
              badLines.get(0),
              "bsn",
              (badCount == 1 ? "1 regel" : badCount + " regels")
                  + " zonder geldig BSN of onderwijsnummer ("
                  + lineList(badLines, badCount)
                  + ")",
              "Verbeter of verwijder deze regels; er is niets geschreven."));
    }
    Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return rows;
  }

  /**
   * Names the first lines as a person writes them: {@code regel 3}, {@code regels 2 en 3}, {@code
   * regels 2, 3 en 5}, or, when there are more than are named, {@code regels 2, 3, ..., 11 en
   * meer}.
   */
  static String lineList(List<Long> lines, long count) {
    List<String> numbers = lines.stream().map(String::valueOf).toList();
    if (numbers.size() == 1 && count == 1) {
      return "regel " + numbers.get(0);
    }
    if (count > numbers.size()) {
      return "regels " + String.join(", ", numbers) + " en meer";
    }
    return "regels "
        + String.join(", ", numbers.subList(0, numbers.size() - 1))
        + " en "
        + numbers.get(numbers.size() - 1);
  }
}
