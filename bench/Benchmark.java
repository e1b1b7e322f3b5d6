import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.csv.DialectDetector;

/**
 * The benchmark of issues #5 and #18 (not a test): runs LEA Monitor on a delivery folder with each
 * engine and, on the same files in the same run, DuckDB floors; prints per phase the wall time
 * and peak memory, LEA's ratios to the floors, the machine and the commit. Every figure is measured
 * {@code --herhalingen} times (default 3), the rounds interleaved so that the machine's drift
 * touches LEA and its floors alike, and the median is printed.
 *
 * <ul>
 *   <li>ingest floor: DuckDB's own {@code COPY (SELECT * FROM read_csv(...)) TO '...parquet'} of
 *       every personal file of the delivery (it validates nothing, pseudonymises nothing and finds
 *       no duplicates);
 *   <li>indicator floors: per indicator a query written by hand straight from the CSV files
 *       ({@code bench/sql/i02_uit_csv.sql}, {@code i04_uit_csv.sql}, {@code i06_uit_csv.sql})
 *       against LEA's time for that indicator computed alone, as its log line says: its own query
 *       and every model it reads, shared models counted in full.
 * </ul>
 *
 * Every measurement is its own process, so each peak (Linux VmHWM) is its own. Run it through
 * {@code bench/run}, which builds LEA Monitor first.
 */
public class Benchmark {
  private static final Path ROOT = Path.of(System.getProperty("lea.root", "."));
  private static final String CLASSPATH = System.getProperty("java.class.path");
  private static final String RAPPORTAGEDATUM = "2025-06-30";
  private static String loadAtStart = "onbekend";

  /** The indicators with a floor written by hand: catalogue id, and the hand query's file. */
  private static final Map<String, String> HAND = new LinkedHashMap<>();

  static {
    HAND.put("I02_thuiszitters_per_1000", "i02_uit_csv.sql");
    HAND.put("I04_vsv_percentage", "i04_uit_csv.sql");
    HAND.put("I06_overgang_po_vo", "i06_uit_csv.sql");
  }

  private static final Pattern ALONE =
      Pattern.compile("Indicator (\\S+): berekend \\((\\d+) ms; alleen, met alle modellen die het leest: (\\d+) ms\\)");

  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("baseline")) {
      baseline(args[1], Path.of(args[2]), args.length > 3 ? Path.of(args[3]) : null);
      return;
    }
    List<String> engines = List.of("duckdb", "spark");
    int rounds = 3;
    boolean keep = false;
    List<String[]> folders = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--engines")) {
        engines = List.of(args[++i].split(","));
      } else if (args[i].equals("--herhalingen")) {
        rounds = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--bewaar")) {
        keep = true; // LEA's output folders stay, e.g. to compare their bytes with another commit's
      } else {
        folders.add(args[i].split("=", 2));
      }
    }
    loadAtStart = Files.readString(Path.of("/proc/loadavg")).trim();
    if (folders.isEmpty() || rounds < 1) {
      System.err.println("gebruik: bench/run NAAM=AANLEVERMAP... [--engines duckdb,spark] [--herhalingen 3] [--bewaar]");
      System.exit(2);
    }
    List<String> table = new ArrayList<>();
    table.add("| aanlevering | wat | ingest s | ingest piek MB | indicatoren s | indicatoren piek MB | rapporten s | rapporten piek MB | totaal s (met JVM-start) |");
    table.add("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    List<String> ratios = new ArrayList<>();
    List<String> perIndicator = new ArrayList<>();
    for (String[] folder : folders) {
      String name = folder[0];
      Path input = Path.of(folder[1]);
      System.err.printf(Locale.ROOT, "== %s: %s (%,d regels, %,d MB persoonsbestanden)%n", name, input, rows(input),
          personalBytes(input) / 1_000_000);
      Samples copy = new Samples();
      Map<String, Samples> hand = new LinkedHashMap<>();
      HAND.keySet().forEach(id -> hand.put(id, new Samples()));
      Map<String, Samples> lea = new LinkedHashMap<>();
      Map<String, Map<String, Samples>> alone = new LinkedHashMap<>();
      for (int round = 1; round <= rounds; round++) {
        System.err.printf(Locale.ROOT, "-- ronde %d van %d%n", round, rounds);
        Path copied = Files.createTempDirectory("lea-bench-copy");
        copy.add(measure(List.of("baseline", "copy", input.toString(), copied.toString())));
        deleteTree(copied);
        for (Map.Entry<String, String> h : HAND.entrySet()) {
          hand.get(h.getKey()).add(measure(List.of("baseline", h.getValue(), input.toString())));
        }
        for (String engine : engines) {
          Samples samples = lea.computeIfAbsent(engine, e -> new Samples());
          Map<String, Samples> perId = alone.computeIfAbsent(engine, e -> new LinkedHashMap<>());
          Path out = Files.createTempDirectory("lea-bench-" + engine);
          long started = System.nanoTime();
          int exit = lea(List.of("run", "--engine", engine, "--input", input.toString(), "--out", out.toString(),
              "--rapportagedatum", RAPPORTAGEDATUM), out.resolve("bench.log"));
          double total = (System.nanoTime() - started) / 1e9;
          if (exit != 0) {
            throw new IllegalStateException("LEA Monitor met " + engine + " mislukt (exit " + exit + "), zie " + out.resolve("bench.log"));
          }
          JsonNode manifest = new ObjectMapper().readTree(out.resolve("latest/manifest.json").toFile());
          samples.add(new double[] {seconds(manifest, "ingest"), mb(manifest, "ingest"), seconds(manifest, "indicatoren"),
              mb(manifest, "indicatoren"), seconds(manifest, "rapporten"), mb(manifest, "rapporten"), total,
              seconds(manifest, "kleine_aantallen")});
          Matcher m = ALONE.matcher(Files.readString(out.resolve("latest/lea.log")));
          while (m.find()) {
            perId.computeIfAbsent(m.group(1), id -> new Samples()).add(new double[] {Long.parseLong(m.group(3)) / 1000.0});
          }
          System.err.printf(Locale.ROOT, "LEA %s: ingest %.1f s, indicatoren %.1f s, rapporten %.1f s, totaal %.1f s%n", engine,
              seconds(manifest, "ingest"), seconds(manifest, "indicatoren"), seconds(manifest, "rapporten"), total);
          if (keep) {
            System.err.println("uitvoer bewaard: " + out);
          } else {
            deleteTree(out);
          }
        }
      }
      double[] c = copy.medians();
      table.add(row(name, "DuckDB COPY read_csv -> Parquet (alle persoonsbestanden)", c[0], c[1], Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, c[2]));
      for (Map.Entry<String, Samples> h : hand.entrySet()) {
        double[] q = h.getValue().medians();
        table.add(row(name, "DuckDB SQL met de hand: " + h.getKey().substring(0, 3) + " uit CSV", Double.NaN, Double.NaN, q[0], q[1],
            Double.NaN, Double.NaN, q[2]));
      }
      for (Map.Entry<String, Samples> e : lea.entrySet()) {
        double[] l = e.getValue().medians();
        table.add(row(name, "LEA Monitor, " + e.getKey(), l[0], l[1], l[2], l[3], l[4], l[5], l[6]));
        ratios.add(String.format(Locale.ROOT, "| %s | %s | %.1f s / %.1f s = %.1fx | %.1f s | %.1f s (%.0f %%) | %.1f s |", name, e.getKey(),
            l[0], c[0], l[0] / c[0], l[2], l[7], 100 * l[7] / l[6], l[6]));
        for (Map.Entry<String, Samples> h : hand.entrySet()) {
          Samples mine = alone.get(e.getKey()).get(h.getKey());
          double q = h.getValue().medians()[0];
          if (mine == null) {
            perIndicator.add("| " + name + " | " + e.getKey() + " | " + h.getKey() + " | (niet in het log) | " + fmt(q, 2) + " | |");
          } else {
            double t = mine.medians()[0];
            perIndicator.add(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f | %.2fx |", name, e.getKey(), h.getKey(), t, q, t / q));
          }
        }
      }
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "Mediaan van %d rondes per cijfer; commit %s; %s%n%n", rounds, commit(), machine());
    table.forEach(System.out::println);
    System.out.println();
    System.out.println("| aanlevering | engine | ingest / COPY alle persoonsbestanden | indicatorfase | waarvan kleine aantallen (controle) | eind-tot-eind |");
    System.out.println("|---|---|---:|---:|---:|---:|");
    ratios.forEach(System.out::println);
    System.out.println();
    System.out.println("| aanlevering | engine | indicator | LEA alleen, met de modellen die het leest (s) | met de hand uit CSV (s) | LEA / hand |");
    System.out.println("|---|---|---|---:|---:|---:|");
    perIndicator.forEach(System.out::println);
  }

  /** The samples of one figure (each an array of values), their medians per position. */
  private static final class Samples {
    private final List<double[]> samples = new ArrayList<>();

    void add(double[] sample) {
      samples.add(sample);
    }

    double[] medians() {
      double[] medians = new double[samples.get(0).length];
      for (int i = 0; i < medians.length; i++) {
        final int at = i;
        double[] values = samples.stream().mapToDouble(s -> s[at]).sorted().toArray();
        medians[i] = values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
      }
      return medians;
    }
  }

  /** Runs a floor in this JVM and prints: seconds, peak MB. */
  private static void baseline(String which, Path input, Path output) throws Exception {
    List<String> statements = new ArrayList<>();
    if (which.equals("copy")) {
      for (Path file : personalFiles(input)) {
        CsvDialect dialect = DialectDetector.detect(file, file.getFileName().toString());
        String encoding = dialect.charset().equals(StandardCharsets.UTF_8) ? "" : ", encoding = 'latin-1'";
        statements.add("COPY (SELECT * FROM read_csv('" + file + "', ignore_errors = true" + encoding + ")) TO '"
            + output.resolve(file.getFileName() + ".parquet") + "' (FORMAT parquet)");
      }
    } else {
      statements.add(Files.readString(ROOT.resolve("bench/sql/" + which)).replace("{map}", input.toString())
          .replace("{rapportagedatum}", RAPPORTAGEDATUM));
    }
    long started;
    long rows = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      started = System.nanoTime();
      if (which.equals("copy")) {
        for (String statement : statements) {
          s.execute(statement);
        }
      } else {
        try (ResultSet rs = s.executeQuery(statements.get(0))) {
          while (rs.next()) {
            rows++;
          }
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.err.printf(Locale.ROOT, "%s: %.2f s%s%n", which, seconds, which.equals("copy") ? " (" + statements.size() + " bestanden)" : " (" + rows + " rijen)");
    System.out.printf(Locale.ROOT, "%.3f %d%n", seconds, peakMb());
  }

  /** Runs a floor as its own process; returns seconds, peak MB and the process's wall time. */
  private static double[] measure(List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaBin(), "-Dlea.root=" + ROOT, "-cp", CLASSPATH,
        ROOT.resolve("bench/Benchmark.java").toString()));
    command.addAll(args);
    long started = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String[] out = new String(p.getInputStream().readAllBytes()).trim().split(" ");
    if (p.waitFor() != 0) {
      throw new IllegalStateException("vloer " + args + " mislukt");
    }
    return new double[] {Double.parseDouble(out[0]), Double.parseDouble(out[1]), (System.nanoTime() - started) / 1e9};
  }

  private static int lea(List<String> args, Path log) throws Exception {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("lea").toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putIfAbsent("LEA_PSEUDONIEM_SLEUTEL", "voorbeeldsleutel-alleen-voor-synthetische-data");
    return builder.start().waitFor();
  }

  /** Returns the delivery's personal files: the CSV files beside (not in) {@code referentie/}. */
  private static List<Path> personalFiles(Path input) throws IOException {
    try (Stream<Path> files = Files.list(input)) {
      return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
          .sorted().toList();
    }
  }

  private static long personalBytes(Path input) throws IOException {
    long bytes = 0;
    for (Path p : personalFiles(input)) {
      bytes += Files.size(p);
    }
    return bytes;
  }

  private static long rows(Path input) throws IOException {
    long rows = 0;
    try (Stream<Path> files = Files.walk(input)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        try (Stream<String> lines = Files.lines(f, StandardCharsets.ISO_8859_1)) {
          rows += lines.count() - 1;
        }
      }
    }
    return rows;
  }

  private static String row(String name, String what, double ingestS, double ingestMb, double indS, double indMb,
      double repS, double repMb, double total) {
    return "| " + name + " | " + what + " | " + fmt(ingestS, 1) + " | " + fmt(ingestMb, 0) + " | " + fmt(indS, 1) + " | "
        + fmt(indMb, 0) + " | " + fmt(repS, 1) + " | " + fmt(repMb, 0) + " | " + fmt(total, 1) + " |";
  }

  private static String fmt(double value, int decimals) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  private static double seconds(JsonNode manifest, String phase) {
    JsonNode ms = manifest.path("duur_ms").path(phase);
    return ms.isMissingNode() ? Double.NaN : ms.asLong() / 1000.0;
  }

  private static double mb(JsonNode manifest, String phase) {
    JsonNode mb = manifest.path("piek_rss_mb").path(phase);
    return mb.isMissingNode() ? Double.NaN : mb.asLong();
  }

  private static long peakMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }

  /** Returns the commit LEA Monitor was built from, with "+ wijzigingen" when the tree differs. */
  private static String commit() {
    try {
      String head = git("rev-parse", "--short", "HEAD");
      String dirty = git("status", "--porcelain", "--untracked-files=no");
      return head + (dirty.isEmpty() ? "" : " + wijzigingen");
    } catch (Exception e) {
      return "onbekend";
    }
  }

  private static String git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", ROOT.toString()));
    command.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes()).trim();
    p.waitFor();
    return out;
  }

  /** Returns the machine: CPU model, cores, memory, Java, and the load when the benchmark started. */
  private static String machine() throws IOException {
    String cpu = "onbekende CPU";
    for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
      if (line.startsWith("model name")) {
        cpu = line.substring(line.indexOf(':') + 1).trim();
        break;
      }
    }
    long bytes = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    return String.format(Locale.ROOT, "machine: %s, %d kernen, %.0f GiB, %s; Java %s; belasting bij de start %s", cpu,
        Runtime.getRuntime().availableProcessors(), bytes / (1024.0 * 1024 * 1024), System.getProperty("os.arch"),
        System.getProperty("java.version"), loadAtStart);
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
