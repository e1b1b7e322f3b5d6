import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a run spends its time (issue 18), from a Java Flight Recorder file: the summary of a flame
 * graph, printed as Markdown. Not a test; {@code bench/profiel} records a run and calls it.
 *
 * <p>Every sample is put in the part of the pipeline its stack is in (the outermost LEA Monitor
 * frame that names a part: reading and validating, building the lake, the indicators' queries,
 * small-number protection, the forecast, the reports). Two kinds of sample count:
 *
 * <ul>
 *   <li>{@code jdk.ExecutionSample}: a Java thread running Java code (the validation threads, the
 *       protection's linear programmes, the reports);
 *   <li>{@code jdk.NativeMethodSample}: a Java thread inside native code, here nearly always the
 *       main thread waiting for DuckDB (whose own worker threads JFR does not see), so it measures
 *       the wall time of the SQL.
 * </ul>
 *
 * Per part it prints both counts as shares (JFR samples a few threads per period, so the counts
 * are proportions, not times) and the methods the Java samples are in most often (their own LEA Monitor frame, or
 * the library when the top frames are a library's).
 */
public class Profile {
  /** The parts of a run, in pipeline order. */
  enum Part {
    READING("ingest: lezen, valideren, pseudonimiseren"),
    LAKE("ingest: lake bouwen (DuckDB)"),
    INDICATORS("indicatoren: SQL en tabel"),
    PROTECTION("indicatoren: kleine aantallen (controle)"),
    FORECAST("prognose (P01)"),
    REPORTS("rapporten: PDF, Excel, web"),
    OTHER("overig: start, JIT, manifest");

    final String label;

    Part(String label) {
      this.label = label;
    }
  }

  private static final String LEA = "nl.leamonitor.";

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("gebruik: java bench/Profile.java OPNAME.jfr");
      System.exit(2);
    }
    Map<Part, Long> java = new EnumMap<>(Part.class);
    Map<Part, Long> nativ = new EnumMap<>(Part.class);
    Map<Part, Map<String, Long>> methods = new EnumMap<>(Part.class);
    long javaTotal = 0;
    long nativeTotal = 0;
    try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        String type = event.getEventType().getName();
        boolean isJava = type.equals("jdk.ExecutionSample");
        if (!isJava && !type.equals("jdk.NativeMethodSample")) {
          continue;
        }
        RecordedStackTrace stack = event.getStackTrace();
        List<RecordedFrame> frames = stack == null ? List.of() : stack.getFrames();
        Part part = partOf(frames);
        if (isJava) {
          java.merge(part, 1L, Long::sum);
          methods.computeIfAbsent(part, p -> new HashMap<>()).merge(method(frames), 1L, Long::sum);
          javaTotal++;
        } else {
          nativ.merge(part, 1L, Long::sum);
          nativeTotal++;
        }
      }
    }
    System.out.println(
        "| deel van de run | Java-monsters | in DuckDB/native (hoofddraad wacht) | meeste Java-monsters in |");
    System.out.println("|---|---:|---:|---|");
    for (Part part : Part.values()) {
      long j = java.getOrDefault(part, 0L);
      long n = nativ.getOrDefault(part, 0L);
      if (j + n == 0) {
        continue;
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s |%n",
          part.label,
          share(j, javaTotal),
          share(n, nativeTotal),
          top(methods.getOrDefault(part, Map.of()), j));
    }
    System.out.printf(
        Locale.ROOT,
        "%nJava-monsters: %d, native monsters: %d (JFR-instelling profile: Java elke 10 ms, native"
            + " elke 20 ms, telkens voor een deel van de draden; lees de aandelen, niet de tijden).%n",
        javaTotal,
        nativeTotal);
  }

  /**
   * The part of the run a stack belongs to, by the first of these its frames name: the reports
   * (which also read forecasts), the lake's building, the reading of the delivery, the forecast,
   * the protection, the indicators.
   */
  static Part partOf(List<RecordedFrame> frames) {
    List<String> names = new ArrayList<>();
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (type.startsWith(LEA)) {
        names.add(type.substring(LEA.length()) + "." + frame.getMethod().getName());
      }
    }
    if (any(names, "reports.")) {
      return Part.REPORTS;
    }
    if (any(names, "ingest.lake.LakeBuilder", "spark.SparkLakeWriter")
        || names.stream().anyMatch(n -> n.endsWith(".writeDataset"))) {
      return Part.LAKE;
    }
    if (any(names, "ingest.IngestJob", "ingest.LocalPartExecutor", "spark.SparkPartExecutor")) {
      return Part.READING;
    }
    if (any(names, "analytics.ForecastJob", "analytics.forecast.", "analytics.compute.SqlIndicatorEngine.forecast")) {
      return Part.FORECAST;
    }
    if (any(names, "analytics.protect.")) {
      return Part.PROTECTION;
    }
    if (any(names, "analytics.")) {
      return Part.INDICATORS;
    }
    return Part.OTHER;
  }

  private static boolean any(List<String> names, String... prefixes) {
    for (String name : names) {
      for (String prefix : prefixes) {
        if (name.startsWith(prefix)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The method a Java sample is in: its innermost LEA Monitor frame (class and method), or the
   * library of its top frame when that frame is not in the JDK.
   */
  static String method(List<RecordedFrame> frames) {
    if (frames.isEmpty()) {
      return "?";
    }
    String top = frames.get(0).getMethod().getType().getName();
    for (String library :
        List.of(
            "org.apache.commons.csv",
            "org.ojalgo",
            "org.openpdf",
            "com.lowagie",
            "org.jfree",
            "org.apache.poi",
            "org.duckdb")) {
      if (top.startsWith(library)) {
        return library;
      }
    }
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (type.startsWith(LEA)) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return simple + "." + frame.getMethod().getName();
      }
    }
    return top.substring(0, Math.max(0, top.lastIndexOf('.')));
  }

  private static String top(Map<String, Long> counts, long total) {
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Long> e : sorted.subList(0, Math.min(5, sorted.size()))) {
      parts.add("`" + e.getKey() + "` " + Math.round(100.0 * e.getValue() / Math.max(1, total)) + " %");
    }
    return String.join(", ", parts);
  }

  private static String share(long count, long total) {
    return String.format(Locale.ROOT, "%d (%.0f %%)", count, 100.0 * count / Math.max(1, total));
  }

  private Profile() {}
}
