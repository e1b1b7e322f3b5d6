package nl.leamonitor.cli.manifest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.leamonitor.analytics.AnalyticsJob;
import nl.leamonitor.analytics.forecast.Backtest;
import nl.leamonitor.analytics.forecast.ForecastRow;
import nl.leamonitor.analytics.forecast.PupilForecast;
import nl.leamonitor.analytics.protect.SmallNumberProtection;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.IngestResult;
import nl.leamonitor.ingest.csv.ByteSource;
import nl.leamonitor.ingest.delivery.DeliveryFile;
import nl.leamonitor.ingest.delivery.DeliveryFolder;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.ingest.quality.FileReport;
import nl.leamonitor.reports.InputFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code manifest.json}: what a run read (files with SHA-256 and row counts), how it was
 * configured, which engine and versions computed it, how long each phase took, and the fingerprint
 * of the pseudonymisation key (never the key), so a publication can be traced back.
 */
public final class RunManifest {
  private final ObjectNode root;
  private static final Logger LOG = LoggerFactory.getLogger(RunManifest.class);
  private final Map<String, Long> durations = new LinkedHashMap<>();
  private final Map<String, Long> peaks = new LinkedHashMap<>();
  private final java.util.List<InputFile> provenance = new java.util.ArrayList<>();

  /** Starts a manifest for a run. */
  public RunManifest(String runId, String version) {
    root = new ObjectMapper().createObjectNode();
    root.put("lea_monitor", version);
    root.put("run", runId);
  }

  /** Records a setting. */
  public RunManifest setting(String name, Object value) {
    ObjectNode settings =
        root.has("configuratie")
            ? (ObjectNode) root.get("configuratie")
            : root.putObject("configuratie");
    settings.putPOJO(name, value instanceof Path path ? path.toString() : value);
    return this;
  }

  /** Records a top-level fact. */
  public RunManifest put(String name, String value) {
    root.put(name, value);
    return this;
  }

  /**
   * Records how long a phase took and its peak memory (see {@link PeakMemory}), and starts the
   * next.
   */
  public RunManifest phase(String name, long millis) {
    durations.put(name, millis);
    PeakMemory.megabytes().ifPresent(mb -> peaks.put(name, mb));
    LOG.info(
        "Fase {}: {} ms{}",
        name,
        millis,
        peaks.containsKey(name) ? ", piekgeheugen " + peaks.get(name) + " MB" : "");
    PeakMemory.reset();
    return this;
  }

  /** Records how long a part of a phase took (no log line, no memory peak of its own). */
  public RunManifest part(String name, long millis) {
    durations.put(name, millis);
    return this;
  }

  /** Records the files read: their hash, size, dialect and row counts. */
  public RunManifest input(DeliveryFolder folder, IngestResult ingest) throws IOException {
    root.put("invoermap", folder.store().location());
    ArrayNode files = root.putArray("invoer");
    for (FileQuality q : ingest.quality()) {
      FileReport report =
          ingest.reports().stream()
              .filter(r -> r.file().equals(q.file()))
              .findFirst()
              .orElseThrow();
      DeliveryFile file = folder.file(q.file()).orElseThrow();
      ObjectNode f = files.addObject();
      f.put("bestand", q.file());
      f.put("dataset", q.dataset().lakeName());
      Digest digest = sha256(file);
      f.put("sha256", digest.hex());
      provenance.add(new InputFile(q.file(), digest.hex(), q.read()));
      f.put("bytes", digest.bytes());
      f.put("dialect", report.dialect().describe());
      f.put("rijen_gelezen", q.read());
      f.put("rijen_geaccepteerd", q.accepted());
      f.put("duplicaten", q.duplicates());
      f.put("rijen_afgekeurd", q.rejected());
      if (q.outsideGemeentePublished().isPresent()) {
        f.put("buiten_gemeente_of_onbekend", q.outsideGemeentePublished().getAsLong());
      } else {
        f.putNull("buiten_gemeente_of_onbekend"); // a dataset without a postcode
      }
    }
    if (folder.boundariesFile().isPresent()) {
      // The wijk boundaries, so that the account of the run names every file it read.
      String name = folder.boundariesFile().get();
      Digest digest = sha256(() -> folder.store().open(name));
      ObjectNode f = files.addObject();
      f.put("bestand", name);
      f.put("dataset", "wijkgrenzen");
      f.put("sha256", digest.hex());
      f.put("bytes", digest.bytes());
      f.put("wijken_met_grens", ingest.boundaries().shapes().size());
      provenance.add(new InputFile(name, digest.hex(), -1));
    }
    ArrayNode ignored = root.putArray("genegeerd");
    ingest.ignoredFiles().forEach(ignored::add);
    return this;
  }

  /**
   * Returns the files read, with their SHA-256 and rows read, in the order of {@code
   * datakwaliteit.csv}.
   */
  public java.util.List<InputFile> provenance() {
    return provenance;
  }

  /** Records what the indicator step published. */
  public RunManifest indicators(AnalyticsJob.Result result) {
    ObjectNode node = root.putObject("indicatoren");
    node.put("rijen", result.rows().size());
    node.put("onderdrukt", result.rows().stream().filter(IndicatorRow::onderdrukt).count());
    node.put("voorlopig", result.rows().stream().filter(IndicatorRow::voorlopig).count());
    // Per indicator only the number of suppressed rows, which every reader can count; the split
    // into small and protecting rows would tell which rows are small (see protectionSplit).
    ObjectNode protection = node.putObject("kleine_aantallen");
    protection.put("min_celgrootte", result.minCel());
    ObjectNode perIndicator = protection.putObject("onderdrukt_per_indicator");
    for (SmallNumberProtection.Cost cost : result.protection()) {
      perIndicator.put(cost.indicator(), cost.primary() + cost.secondary());
    }
    ArrayNode skipped = node.putArray("niet_berekend");
    result.skipped().forEach(s -> skipped.add(s.message()));
    result.notCovered().forEach(n -> skipped.add(n.message()));
    return this;
  }

  /**
   * Records the pupil forecast (P01): whether it was computed and, if not, why (Dutch); its base
   * years, rows and notes; and the backtest's error per sector, or why there is none.
   */
  public RunManifest forecast(PupilForecast forecast) {
    ObjectNode node = root.putObject("prognose");
    node.put("berekend", forecast.present());
    forecast.missing().ifPresent(why -> node.put("reden", why.analyst()));
    if (!forecast.present()) {
      return this;
    }
    ArrayNode years = node.putArray("basisjaren");
    forecast.baseYears().forEach(y -> years.add(y.label()));
    node.put("rijen", forecast.rows().size());
    node.put("onderdrukt", forecast.rows().stream().filter(ForecastRow::onderdrukt).count());
    ArrayNode notes = node.putArray("opmerkingen");
    forecast.notes().forEach(n -> notes.add(n.analyst()));
    forecast.backtestMissing().ifPresent(why -> node.put("toetsing_ontbreekt", why));
    forecast
        .backtest()
        .ifPresent(
            b -> {
              ObjectNode test = node.putObject("toetsing");
              test.put("doeljaar", b.doeljaar().label());
              ArrayNode base = test.putArray("basisjaren");
              b.baseYears().forEach(y -> base.add(y.label()));
              ArrayNode sectors = test.putArray("per_sector");
              for (Backtest.SectorError e : b.sectors()) {
                ObjectNode sector = sectors.addObject();
                sector.put("sector", e.sector().name());
                sector.put("voorspeld", e.voorspeld());
                sector.put("waargenomen", e.waargenomen());
                sector.put("verschil", e.verschil());
                sector.put("verschil_procent", e.procent());
                e.grootsteWijk()
                    .ifPresentOrElse(
                        w -> {
                          ObjectNode wijk = sector.putObject("grootste_wijkafwijking");
                          wijk.put("wijk_code", w.wijkCode());
                          wijk.put("wijk_naam", w.wijkNaam());
                          wijk.put("voorspeld", w.voorspeld());
                          wijk.put("waargenomen", w.waargenomen());
                          wijk.put("verschil", w.verschil());
                          wijk.put("verschil_procent", w.procent());
                        },
                        () -> sector.putNull("grootste_wijkafwijking"));
              }
            });
    return this;
  }

  /** Records what may be missing from the delivery although every file was read. */
  public RunManifest warnings(java.util.List<nl.leamonitor.ingest.quality.DeliveryWarning> found) {
    ArrayNode warnings = root.putArray("waarschuwingen");
    found.forEach(w -> warnings.add(w.message()));
    return this;
  }

  /**
   * What the published run before this one read, from {@code DIR/latest/manifest.json}.
   *
   * @param run its run id
   * @param files per file it read, the dataset's lake name
   */
  public record PreviousRun(String run, Map<String, String> files) {}

  /**
   * Returns what the published run in an output folder read, from its manifest ({@code "run"} and
   * {@code "invoer"}); empty when there is none or it cannot be read (a warning in the log).
   */
  public static java.util.Optional<PreviousRun> previous(Path outDir) {
    Path manifest = outDir.resolve("latest").resolve("manifest.json");
    if (!java.nio.file.Files.isRegularFile(manifest)) {
      return java.util.Optional.empty();
    }
    try {
      com.fasterxml.jackson.databind.JsonNode root = new ObjectMapper().readTree(manifest.toFile());
      Map<String, String> files = new LinkedHashMap<>();
      for (com.fasterxml.jackson.databind.JsonNode f : root.path("invoer")) {
        files.put(f.path("bestand").asText(), f.path("dataset").asText());
      }
      return java.util.Optional.of(new PreviousRun(root.path("run").asText(), files));
    } catch (IOException e) {
      LOG.warn(
          "Het manifest van de vorige run ({}) is niet te lezen; niet nagegaan welke bestanden"
              + " toen wel zijn aangeleverd",
          manifest);
      return java.util.Optional.empty();
    }
  }

  /**
   * Writes, for the analyst alone, per indicator the rows suppressed for being small and to protect
   * others ({@code indicator,klein,ter_bescherming}), into the run's internal folder (owner-only):
   * published, a 0 in the second column would tell which rows are small.
   */
  public static void protectionSplit(Path target, java.util.List<SmallNumberProtection.Cost> costs)
      throws IOException {
    try (java.io.Writer w = nl.leamonitor.ingest.OwnerOnly.newWriter(target)) {
      w.write("indicator,klein,ter_bescherming\n");
      for (SmallNumberProtection.Cost cost : costs) {
        w.write(cost.indicator() + "," + cost.primary() + "," + cost.secondary() + "\n");
      }
    }
  }

  /** Writes the manifest. */
  public void write(Path target) throws IOException {
    ObjectNode phases = root.putObject("duur_ms");
    durations.forEach(phases::put);
    ObjectNode memory = root.putObject("piek_rss_mb");
    peaks.forEach(memory::put);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(target.toFile(), root);
  }

  /** A file's SHA-256 in hex, and its size. */
  record Digest(String hex, long bytes) {}

  /** Hashes a file wherever it is (local disk, HDFS, S3), counting its bytes on the way. */
  static Digest sha256(ByteSource file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      long bytes;
      try (InputStream in = new DigestInputStream(file.open(), digest)) {
        bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return new Digest(HexFormat.of().formatHex(digest.digest()), bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 ontbreekt in deze Java-installatie", e);
    }
  }
}
