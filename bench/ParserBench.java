import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Commons CSV against FastCSV on one delivered file (issue 18), as ingest's validation threads
 * parse it: chunks of 10,000 lines already in memory, each parser configured as {@code
 * CsvRowReader} configures it. Prints the processor time of this thread per parser and round (the
 * first round warms the compiler up), so a busy machine skews it less than the wall clock. Not a
 * test:
 *
 * <pre>
 *   java -Xmx2g -cp 'cli/target/lib/*' bench/ParserBench.java /tmp/nl/vertragingen_cito_lvs.csv , 3
 * </pre>
 *
 * The file is read as UTF-8 without a byte order mark; a file with quoted line breaks is cut
 * between lines all the same, which does not matter for the comparison.
 */
public class ParserBench {
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("gebruik: java -cp 'cli/target/lib/*' bench/ParserBench.java CSV SCHEIDINGSTEKEN RONDES");
      System.exit(2);
    }
    char delimiter = args[1].equals("tab") ? '\t' : args[1].charAt(0);
    List<String> chunks = chunks(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= Integer.parseInt(args[2]); round++) {
      for (String parser : List.of("Commons CSV", "FastCSV")) {
        long started = threads.getCurrentThreadCpuTime();
        long records = 0;
        long fields = 0;
        for (String chunk : chunks) {
          if (parser.equals("Commons CSV")) {
            CSVFormat format =
                CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setQuote('"')
                    .setIgnoreEmptyLines(false)
                    .get();
            try (CSVParser csv =
                CSVParser.builder().setReader(new StringReader(chunk)).setFormat(format).get()) {
              for (CSVRecord record : csv) {
                records++;
                fields += record.values().length + 0 * csv.getCurrentLineNumber();
              }
            }
          } else {
            CsvRecordHandler handler =
                CsvRecordHandler.builder()
                    .maxFields(Integer.MAX_VALUE)
                    .maxFieldSize(Integer.MAX_VALUE)
                    .maxRecordSize(Integer.MAX_VALUE)
                    .build();
            try (CsvReader<CsvRecord> csv =
                CsvReader.builder()
                    .fieldSeparator(delimiter)
                    .quoteCharacter('"')
                    .skipEmptyLines(false)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .maxBufferSize(Integer.MAX_VALUE)
                    .build(handler, new StringReader(chunk))) {
              for (CsvRecord record : csv) {
                records++;
                fields += record.getFields().size() + 0 * record.getStartingLineNumber();
              }
            }
          }
        }
        System.out.printf(
            "ronde %d  %-12s %6.2f s processortijd  %,d records  %,d velden%n",
            round, parser, (threads.getCurrentThreadCpuTime() - started) / 1e9, records, fields);
      }
    }
  }

  /** Cuts the text after every 10,000th line feed. */
  private static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    int start = 0;
    int lines = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && ++lines % 10_000 == 0) {
        chunks.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    chunks.add(text.substring(start));
    return chunks;
  }
}
