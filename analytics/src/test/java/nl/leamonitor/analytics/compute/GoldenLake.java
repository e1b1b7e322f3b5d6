package nl.leamonitor.analytics.compute;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.leamonitor.analytics.AnalyticsJob;
import nl.leamonitor.ingest.IngestJob;
import nl.leamonitor.ingest.IngestResult;
import nl.leamonitor.ingest.IngestSettings;
import nl.leamonitor.ingest.OutputFolders;
import nl.leamonitor.ingest.delivery.DeliveryFolder;

/**
 * A tiny delivery written inline, for tests of the whole indicator step (the golden fixtures of
 * single indicators are folders, see {@link GoldenFixture}): two wijken (WK063701 Centrum = PC4
 * 2711, WK063702 Dorp = PC4 2712; 9999ZZ is outside the gemeente), ingested for real, then computed
 * by DuckDB.
 */
final class GoldenLake {
  static final String INSCHRIJVINGEN_HEADER =
      "leerling_id;schooljaar;geboortedatum;postcode;brin;vestiging;sector;onderwijstype;"
          + "leerjaar;diploma;vve_indicatie\n";

  private final Path input;
  private final Path run;

  GoldenLake(Path temp) throws Exception {
    input = temp.resolve("aanlevering");
    run = temp.resolve("run");
    Files.createDirectories(input.resolve("referentie"));
    Files.createDirectories(run);
    file(
        "referentie/wijken.csv",
        "wijk_code;wijk_naam;gemeente_code;gemeente_naam\n"
            + "WK063701;Centrum;GM0637;Zoetermeer\n"
            + "WK063702;Dorp;GM0637;Zoetermeer\n");
    file("referentie/postcodes.csv", "postcode;wijk_code\n2711;WK063701\n2712;WK063702\n");
  }

  GoldenLake file(String name, String content) throws Exception {
    Files.writeString(input.resolve(name), content, StandardCharsets.UTF_8);
    return this;
  }

  /**
   * Runs the whole indicator step (gemeente rows, voorlopig, protection with minimum cell size k)
   * and returns the lines of the {@code indicatoren.csv} it writes, header first.
   */
  List<String> published(LocalDate rapportagedatum, int k) throws Exception {
    Path out = Files.createDirectories(run.resolve("publicatie"));
    try (DuckDbIndicators engine = open(rapportagedatum)) {
      new AnalyticsJob(k).run(engine, out, rapportagedatum);
    }
    return Files.readAllLines(out.resolve("indicatoren.csv"), StandardCharsets.UTF_8);
  }

  /** Returns a DuckDB engine over the fixture's lake (ingested on first use). */
  DuckDbIndicators open(LocalDate rapportagedatum) throws Exception {
    if (!Files.exists(run.resolve("lake"))) {
      ingest(input, run);
    }
    Path temp = Files.createDirectories(run.resolve("tmp"));
    return new DuckDbIndicators(
        run.resolve("lake"),
        rapportagedatum,
        temp,
        nl.leamonitor.ingest.MemoryLimit.megabytes(256));
  }

  /**
   * Ingests a delivery folder into a run folder, refusing a fixture with a rejected row, and
   * returns the lake.
   */
  static Path ingest(Path input, Path run) throws Exception {
    IngestResult result =
        new IngestJob(
                new IngestSettings(
                    Optional.empty(), 0.0, nl.leamonitor.ingest.MemoryLimit.megabytes(256)))
            .run(DeliveryFolder.scan(input), new OutputFolders(run, run));
    result
        .quality()
        .forEach(
            q -> {
              if (q.rejected() > 0) {
                throw new IllegalStateException("golden fixture has a rejected row in " + q.file());
              }
            });
    return run.resolve("lake");
  }
}
