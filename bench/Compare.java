import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Whether two runs of LEA Monitor produced the same output (issue 18: "outputs byte-identical to
 * before"), for comparing two commits, or two engines, on the same delivery. Run by {@code
 * bench/vergelijk A B}, where A and B are the folders given to {@code lea run --out}; each run's
 * latest publication ({@code latest/}) and internal folder ({@code intern/latest/}: the lake,
 * rejects, {@code kleine-aantallen.csv}) are compared file by file.
 *
 * <p>How a file is compared:
 *
 * <ul>
 *   <li>{@code .pdf}: the text of every page ({@code pdftotext -layout}); the file's bytes hold
 *       its creation time and a random document id.
 *   <li>{@code .xlsx}: every zip entry's bytes except {@code docProps/core.xml}, which holds the
 *       creation time.
 *   <li>Parquet: per table, the schema (names and types, in order), the number of rows and the
 *       rows as a multiset (DuckDB, {@code EXCEPT ALL} both ways); the bytes name the writer and
 *       their row groups depend on threads. A table is a {@code .parquet} file, or the {@code
 *       part-*} or {@code data_*} files of one folder together (a partition, or a Spark table
 *       such as {@code wijken.parquet/}), so that DuckDB's and Spark's lakes, which split the
 *       same rows into different files, compare.
 *   <li>Spark's bookkeeping ({@code _SUCCESS} and hidden files such as {@code .part-*.crc}): not
 *       compared.
 *   <li>{@code manifest.json} and {@code lea.log}: not compared (times, durations, the machine).
 *   <li>Every other file: byte for byte.
 * </ul>
 *
 * <p>Prints one line per difference and a summary; exit code 0 when every file is the same, 1
 * when any differs or exists on one side only, 2 on wrong arguments (not two run folders, each
 * with {@code latest/} and {@code intern/latest/}), 3 when a file could not be read (a damaged
 * Parquet file, {@code pdftotext} missing: Debian's {@code poppler-utils}); each such file gets a
 * line of its own and the rest is still compared.
 */
public final class Compare {
  private static final Set<String> NOT_COMPARED = Set.of("manifest.json", "lea.log");
  private static final String PARQUET = ".parquet";

  private Compare() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println(
          "Gebruik: bench/vergelijk UITMAP_A UITMAP_B (de mappen van lea run --out)");
      System.exit(2);
    }
    Map<String, List<Path>> a = files(Path.of(args[0]));
    Map<String, List<Path>> b = files(Path.of(args[1]));
    Set<String> names = new TreeSet<>(a.keySet());
    names.addAll(b.keySet());
    Map<String, Integer> sameByWay = new TreeMap<>();
    List<String> skipped = new ArrayList<>();
    int differences = 0;
    int unreadable = 0;
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String name : names) {
        List<Path> lefts = a.get(name);
        List<Path> rights = b.get(name);
        if (lefts == null || rights == null) {
          System.out.println("VERSCHIL  " + name + ": alleen in " + (lefts == null ? "B" : "A"));
          differences++;
          continue;
        }
        if (NOT_COMPARED.contains(Path.of(name).getFileName().toString())) {
          skipped.add(name);
          continue;
        }
        String way;
        String difference;
        try {
          if (lefts.get(0).toString().endsWith(PARQUET)) {
            way = "Parquet-inhoud";
            difference = parquetDifference(duckdb, lefts, rights);
          } else {
            Path left = lefts.get(0);
            Path right = rights.get(0);
            if (name.endsWith(".pdf")) {
              way = "PDF-tekst";
              difference = pdfText(left).equals(pdfText(right)) ? null : "de tekst van de pagina's";
            } else if (name.endsWith(".xlsx")) {
              way = "werkboekinhoud";
              difference = workbookDifference(left, right);
            } else {
              way = "byte voor byte";
              byte[] l = Files.readAllBytes(left);
              byte[] r = Files.readAllBytes(right);
              long at = Arrays.mismatch(l, r);
              difference = at < 0
                  ? null
                  : "de bytes, vanaf byte " + at + " (" + l.length + " tegen " + r.length + ")";
            }
          }
        } catch (IOException | SQLException | InterruptedException e) {
          String what = e instanceof SQLException ? "geen leesbare Parquet; DuckDB: " : "";
          System.out.println(
              "FOUT      " + name + ": niet te lezen (" + what + firstLine(e) + ")");
          unreadable++;
          continue;
        }
        if (difference == null) {
          sameByWay.merge(way, 1, Integer::sum);
        } else {
          System.out.println("VERSCHIL  " + name + ": " + difference);
          differences++;
        }
      }
    }
    int same = sameByWay.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder ways = new StringBuilder();
    sameByWay.forEach(
        (way, n) -> ways.append(ways.isEmpty() ? "" : ", ").append(n).append(' ').append(way));
    String verdict =
        differences > 0
            ? "VERSCHILLEND: " + differences + " verschil(len);"
            : unreadable > 0 ? "ONVOLLEDIG:" : "GELIJK";
    System.out.println(
        verdict
            + " " + same + " gelijk (" + ways + ");"
            + (unreadable > 0 ? " " + unreadable + " niet te lezen;" : "")
            + " niet vergeleken: " + String.join(", ", skipped));
    System.exit(differences > 0 ? 1 : unreadable > 0 ? 3 : 0);
  }

  /** The first line of an exception's message, without the stack: what a reader can act on. */
  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse("").strip();
  }

  /**
   * Every file of the run's latest publication and internal folder, by its path in the run; a
   * Parquet table's files under the table's path (see the class comment).
   */
  private static Map<String, List<Path>> files(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      System.err.println("Map bestaat niet: " + out);
      System.exit(2);
    }
    Path publication = out.resolve("latest");
    Path internal = out.resolve("intern").resolve("latest");
    if (!Files.isDirectory(publication) || !Files.isDirectory(internal)) {
      System.err.println(
          "Geen volledige run in " + out + ": latest/ of intern/latest/ ontbreekt (geef de map"
              + " die aan lea run --out is meegegeven)");
      System.exit(2);
    }
    Map<String, List<Path>> files = new TreeMap<>();
    add(files, "publicatie/", publication);
    add(files, "intern/", internal);
    return files;
  }

  private static void add(Map<String, List<Path>> files, String prefix, Path folder)
      throws IOException {
    Path real = folder.toRealPath();
    try (Stream<Path> walk = Files.walk(real)) {
      walk.filter(Files::isRegularFile)
          .sorted()
          .forEach(
              p -> {
                String file = p.getFileName().toString();
                if (file.startsWith(".") || file.equals("_SUCCESS")) {
                  return;
                }
                boolean part =
                    file.endsWith(PARQUET)
                        && (file.startsWith("part-") || file.startsWith("data_"));
                Path table = part ? p.getParent() : p;
                String name = prefix + real.relativize(table).toString().replace('\\', '/');
                if (part && !name.endsWith(PARQUET)) {
                  name += "/";
                }
                files.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
              });
    }
  }

  private static String pdfText(Path pdf) throws IOException, InterruptedException {
    Process process;
    try {
      process =
          new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      throw new IOException("pdftotext ontbreekt; Debian: apt-get install poppler-utils", e);
    }
    String text;
    try (InputStream in = process.getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (process.waitFor() != 0) {
      throw new IOException("pdftotext kon " + pdf + " niet lezen");
    }
    return text;
  }

  private static String workbookDifference(Path left, Path right) throws IOException {
    try (ZipFile l = new ZipFile(left.toFile());
        ZipFile r = new ZipFile(right.toFile())) {
      Set<String> entries = new TreeSet<>();
      l.stream().map(ZipEntry::getName).forEach(entries::add);
      r.stream().map(ZipEntry::getName).forEach(entries::add);
      entries.remove("docProps/core.xml");
      for (String entry : entries) {
        ZipEntry le = l.getEntry(entry);
        ZipEntry re = r.getEntry(entry);
        if (le == null || re == null) {
          return "onderdeel " + entry + " alleen in " + (le == null ? "B" : "A");
        }
        try (InputStream li = l.getInputStream(le);
            InputStream ri = r.getInputStream(re)) {
          if (!Arrays.equals(li.readAllBytes(), ri.readAllBytes())) {
            return "onderdeel " + entry;
          }
        }
      }
    }
    return null;
  }

  private static String parquetDifference(Connection duckdb, List<Path> left, List<Path> right)
      throws SQLException {
    String l = readParquet(left);
    String r = readParquet(right);
    String schema = "SELECT string_agg(column_name || ' ' || column_type, ', ') FROM (DESCRIBE ";
    String schemaL = text(duckdb, schema + "SELECT * FROM " + l + ")");
    String schemaR = text(duckdb, schema + "SELECT * FROM " + r + ")");
    if (!schemaL.equals(schemaR)) {
      return "het schema (" + schemaL + " tegen " + schemaR + ")";
    }
    String rowsL = text(duckdb, "SELECT count(*) FROM " + l);
    String rowsR = text(duckdb, "SELECT count(*) FROM " + r);
    if (!rowsL.equals(rowsR)) {
      return "het aantal rijen (" + rowsL + " tegen " + rowsR + ")";
    }
    String onlyLeft = text(duckdb, exceptAll(l, r));
    String onlyRight = text(duckdb, exceptAll(r, l));
    if (!onlyLeft.equals("0") || !onlyRight.equals("0")) {
      return "de rijen (" + onlyLeft + " alleen in A, " + onlyRight + " alleen in B)";
    }
    return null;
  }

  /** DuckDB's read of a table's files; a partition folder's name gives its column, as in LEA. */
  private static String readParquet(List<Path> files) {
    StringBuilder list = new StringBuilder();
    for (Path file : files) {
      list.append(list.isEmpty() ? "" : ", ")
          .append('\'')
          .append(file.toString().replace("'", "''"))
          .append('\'');
    }
    return "read_parquet([" + list + "], hive_partitioning = true)";
  }

  private static String exceptAll(String from, String without) {
    return "SELECT count(*) FROM (SELECT * FROM " + from + " EXCEPT ALL SELECT * FROM " + without
        + ")";
  }

  private static String text(Connection duckdb, String sql) throws SQLException {
    try (Statement statement = duckdb.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return String.valueOf(rows.getString(1));
    }
  }
}
