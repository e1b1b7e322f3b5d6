import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmark of issue #5 (not a test): runs LEA Monitor on a delivery folder with each engine
 * and, on the same files in the same run, two DuckDB baselines; prints per phase the wall time
 * and peak memory, and LEA's ratios to the baselines.
 *
 * <ul>
 *   <li>{@code copy}: DuckDB's own {@code COPY (SELECT * FROM read_csv(...)) TO '...parquet'} of
 *       the enrolment files, a floor for ingest (it validates nothing);
 *   <li>{@code query}: {@code bench/sql/i04_i06_uit_csv.sql}, I04 and I06 by hand straight from
 *       the CSV files, a floor for the indicators.
 * </ul>
 *
 * Every measurement is its own process, so each peak (Linux VmHWM) is its own. Run it through
 * {@code bench/run}, which builds LEA Monitor first.
 */
public class Benchmark {
  private static final Path ROOT = Path.of(System.getProperty("lea.root", "."));
  private static final String CLASSPATH = System.getProperty("java.class.path");

  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("baseline")) {
      baseline(args[1], Path.of(args[2]), args.length > 3 ? Path.of(args[3]) : null);
      return;
    }
    if (args.length < 2) {
      System.err.println("gebruik: bench/run NAAM=AANLEVERMAP... [--engines duckdb,spark]");
      System.exit(2);
    }
    List<String> engines = List.of("duckdb", "spark");
    List<String[]> folders = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--engines")) {
        engines = List.of(args[++i].split(","));
      } else {
        folders.add(args[i].split("=", 2));
      }
    }
    List<String> table = new ArrayList<>();
    table.add("| aanlevering | wat | ingest s | ingest piek MB | indicatoren s | indicatoren piek MB | rapporten s | rapporten piek MB | totaal s (met JVM-start) |");
    table.add("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    List<String> ratios = new ArrayList<>();
    for (String[] folder : folders) {
      String name = folder[0];
      Path input = Path.of(folder[1]);
      long rows = rows(input);
      System.err.printf(Locale.ROOT, "== %s: %s (%,d regels)%n", name, input, rows);
      Path copied = Files.createTempDirectory("lea-bench-copy");
      double[] copy = measure(List.of("baseline", "copy", input.toString(), copied.toString()));
      deleteTree(copied);
      double[] query = measure(List.of("baseline", "query", input.toString()));
      table.add(row(name, "DuckDB COPY read_csv -> Parquet (inschrijvingen)", copy[0], copy[1], Double.NaN, Double.NaN, Double.NaN, Double.NaN, copy[2]));
      table.add(row(name, "DuckDB SQL met de hand: I04 + I06 uit CSV", Double.NaN, Double.NaN, query[0], query[1], Double.NaN, Double.NaN, query[2]));
      for (String engine : engines) {
        Path out = Files.createTempDirectory("lea-bench-" + engine);
        long started = System.nanoTime();
        int exit = lea(List.of("run", "--engine", engine, "--input", input.toString(), "--out", out.toString(),
            "--rapportagedatum", "2025-06-30"), out.resolve("bench.log"));
        double total = (System.nanoTime() - started) / 1e9;
        if (exit != 0) {
          table.add("| " + name + " | LEA Monitor, " + engine + " | mislukt (exit " + exit + ", zie " + out.resolve("bench.log") + ") | | | | | | |");
          continue;
        }
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("latest/manifest.json").toFile());
        double ingest = seconds(manifest, "ingest");
        double indicators = seconds(manifest, "indicatoren");
        table.add(row(name, "LEA Monitor, " + engine, ingest, mb(manifest, "ingest"), indicators, mb(manifest, "indicatoren"),
            seconds(manifest, "rapporten"), mb(manifest, "rapporten"), total));
        double protection = seconds(manifest, "kleine_aantallen");
        ratios.add(String.format(Locale.ROOT, "| %s | %s | %.1fx | %.1fx | %.1f s | %.1f s (%.0f %%) |", name, engine, ingest / copy[0],
            indicators / query[0], total, protection, 100 * protection / total));
        deleteTree(out);
      }
    }
    System.out.println();
    table.forEach(System.out::println);
    System.out.println();
    System.out.println("| aanlevering | engine | ingest / COPY | indicatoren / SQL met de hand | eind-tot-eind | waarvan kleine aantallen (controle) |");
    System.out.println("|---|---|---:|---:|---:|---:|");
    ratios.forEach(System.out::println);
    System.out.println();
    System.out.printf(Locale.ROOT, "Machine: %s, %d kernen, %s; Java %s%n", System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.version"));
  }

  /** Runs a baseline in this JVM and prints: seconds, peak MB. */
  private static void baseline(String which, Path input, Path output) throws Exception {
    String sql;
    if (which.equals("copy")) {
      List<String> statements = new ArrayList<>();
      for (String file : enrolmentFiles(input)) {
        String encoding = file.contains("Eduarte") ? ", encoding = 'latin-1'" : "";
        statements.add("COPY (SELECT * FROM read_csv('" + input.resolve(file) + "', ignore_errors = true" + encoding + ")) TO '"
            + output.resolve(file + ".parquet") + "' (FORMAT parquet)");
      }
      sql = String.join(";\n", statements);
    } else {
      sql = Files.readString(ROOT.resolve("bench/sql/i04_i06_uit_csv.sql")).replace("{map}", input.toString());
    }
    long started;
    long rows = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      started = System.nanoTime();
      if (which.equals("copy")) {
        for (String statement : sql.split(";\n")) {
          s.execute(statement);
        }
      } else {
        try (ResultSet rs = s.executeQuery(sql)) {
          while (rs.next()) {
            rows++;
          }
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.err.printf(Locale.ROOT, "%s: %.2f s%s%n", which, seconds, which.equals("query") ? " (" + rows + " rijen)" : "");
    System.out.printf(Locale.ROOT, "%.3f %d%n", seconds, peakMb());
  }

  /** Runs a baseline as its own process; returns seconds, peak MB and the process's wall time. */
  private static double[] measure(List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaBin(), "-Dlea.root=" + ROOT, "-cp", CLASSPATH,
        ROOT.resolve("bench/Benchmark.java").toString()));
    command.addAll(args);
    long started = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String[] out = new String(p.getInputStream().readAllBytes()).trim().split(" ");
    if (p.waitFor() != 0) {
      throw new IllegalStateException("baseline " + args + " mislukt");
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

  private static List<String> enrolmentFiles(Path input) throws IOException {
    try (Stream<Path> files = Files.list(input)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.toLowerCase(Locale.ROOT).startsWith("inschrijvingen"))
          .sorted().toList();
    }
  }

  private static long rows(Path input) throws IOException {
    long rows = 0;
    try (Stream<Path> files = Files.walk(input)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        try (Stream<String> lines = Files.lines(f, java.nio.charset.StandardCharsets.ISO_8859_1)) {
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

  private static String memory() {
    long bytes = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    return String.format(Locale.ROOT, "%.0f GiB", bytes / (1024.0 * 1024 * 1024));
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
