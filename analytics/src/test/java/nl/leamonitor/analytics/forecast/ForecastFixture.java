package nl.leamonitor.analytics.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.leamonitor.analytics.AnalyticsJob;
import nl.leamonitor.analytics.ForecastJob;
import nl.leamonitor.analytics.compute.GoldenFixture;
import nl.leamonitor.analytics.compute.IndicatorEngine;
import nl.leamonitor.analytics.publish.IndicatorCsvWriter;

/**
 * The golden fixture of the pupil forecast, {@code golden-prognose/P01_leerlingenprognose/}: a
 * delivery computed by hand in its README, and what an engine must give: the unrounded cells per
 * wijk, per school wijk and of the backtest ({@code verwacht-*.csv}, six decimals), the published
 * {@code prognose.csv} at k = 3 and the backtest's errors. Shared by the DuckDB and the Spark
 * engine's tests (the analytics test jar).
 */
public final class ForecastFixture {
  /** The minimum cell size the fixture's publication is computed with. */
  public static final int K = 3;

  private final Path folder;

  private ForecastFixture(Path folder) {
    this.folder = folder;
  }

  /** Returns the fixture from the classpath (a directory or a jar). */
  public static ForecastFixture load() throws Exception {
    String readme = "golden-prognose/P01_leerlingenprognose/README.md";
    URI uri = ForecastFixture.class.getClassLoader().getResource(readme).toURI();
    Path path;
    if (uri.getScheme().equals("jar")) {
      try {
        path = FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri);
      } catch (FileSystemAlreadyExistsException open) {
        path = FileSystems.getFileSystem(uri).provider().getPath(uri);
      }
    } else {
      path = Path.of(uri);
    }
    return new ForecastFixture(path.getParent());
  }

  /** Ingests the fixture's delivery for real into a work folder and returns the lake. */
  public Path ingest(Path work) throws Exception {
    return new GoldenFixture("P01_leerlingenprognose", folder).ingest(work);
  }

  /** Copies the fixture's delivery into a folder, as a partner would deliver it. */
  public void deliver(Path input) throws IOException {
    Path levering = folder.resolve("levering");
    try (java.util.stream.Stream<Path> files = Files.walk(levering)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = input.resolve(levering.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  /** Returns the lines of {@code prognose.csv} as published at k = 3, header first. */
  public List<String> expectedPrognose() throws IOException {
    return Files.readAllLines(folder.resolve("verwacht-prognose.csv"), StandardCharsets.UTF_8);
  }

  /** Returns the hand computation. */
  public String handComputation() throws IOException {
    return Files.readString(folder.resolve("README.md"), StandardCharsets.UTF_8);
  }

  /**
   * Asserts that an engine over the fixture's lake reproduces the hand computation: the cells, then
   * the indicators and the forecast published into {@code out} at k = 3.
   */
  public void verify(IndicatorEngine engine, Path out) throws Exception {
    ForecastCells cells = engine.forecast();
    assertEquals(
        List.of("2022-2023", "2023-2024"),
        cells.baseYears().stream().map(y -> y.label()).toList(),
        "base years");
    assertEquals(
        List.of("2022-2023"),
        cells.backtestBaseYears().stream().map(y -> y.label()).toList(),
        "backtest base years");
    List<String> wijken = new ArrayList<>();
    for (WijkForecast c : cells.wijken()) {
      wijken.add(
          String.join(
              ",",
              c.schooljaar().label(),
              c.wijkCode(),
              c.sector().name(),
              six(c.leerlingen()),
              Long.toString(c.basis())));
    }
    assertEquals(expected("verwacht-wijken.csv"), sorted(wijken), "verwacht-wijken.csv");
    List<String> schools = new ArrayList<>();
    for (SchoolWijkForecast c : cells.schoolWijken()) {
      schools.add(
          String.join(
              ",",
              c.schooljaar().label(),
              c.wijkCode(),
              c.sector().name(),
              six(c.leerlingen()),
              Long.toString(c.basis()),
              Long.toString(c.capaciteit()),
              Long.toString(c.locaties()),
              Long.toString(c.metCapaciteit())));
    }
    assertEquals(
        expected("verwacht-schoolwijken.csv"), sorted(schools), "verwacht-schoolwijken.csv");
    List<String> backtest = new ArrayList<>();
    for (BacktestCell c : cells.backtest()) {
      backtest.add(
          String.join(
              ",",
              c.schooljaar().label(),
              c.wijkCode(),
              c.sector().name(),
              six(c.voorspeld()),
              Long.toString(c.waargenomen()),
              Long.toString(c.basis())));
    }
    assertEquals(expected("verwacht-toets.csv"), sorted(backtest), "verwacht-toets.csv");

    // As a run does it: the forecast's queries in the engine while protection runs.
    ForecastJob forecastJob = new ForecastJob(K);
    ForecastJob.Query query = forecastJob.query(engine, 0);
    AnalyticsJob.Result indicators =
        new AnalyticsJob(K).run(engine, out, GoldenFixture.RAPPORTAGEDATUM, query);
    PupilForecast forecast = forecastJob.run(engine, out, indicators.rows(), query);
    assertEquals(
        Files.readAllLines(folder.resolve("verwacht-prognose.csv"), StandardCharsets.UTF_8),
        Files.readAllLines(out.resolve("prognose.csv"), StandardCharsets.UTF_8),
        "prognose.csv");
    List<String> errors = new ArrayList<>();
    errors.add(
        "sector,voorspeld,waargenomen,verschil,procent,wijk_code,wijk_voorspeld,wijk_waargenomen,"
            + "wijk_verschil,wijk_procent");
    Backtest b = forecast.backtest().orElseThrow();
    assertEquals("2023-2024", b.doeljaar().label());
    for (Backtest.SectorError e : b.sectors()) {
      errors.add(
          String.join(
              ",",
              e.sector().name(),
              IndicatorCsvWriter.number(e.voorspeld()),
              IndicatorCsvWriter.number(e.waargenomen()),
              IndicatorCsvWriter.number(e.verschil()),
              IndicatorCsvWriter.number(e.procent()),
              e.grootsteWijk().map(Backtest.WijkError::wijkCode).orElse(""),
              e.grootsteWijk().map(w -> Long.toString(w.voorspeld())).orElse(""),
              e.grootsteWijk().map(w -> Long.toString(w.waargenomen())).orElse(""),
              e.grootsteWijk().map(w -> Long.toString(w.verschil())).orElse(""),
              e.grootsteWijk().map(w -> IndicatorCsvWriter.number(w.procent())).orElse("")));
    }
    assertEquals(
        Files.readAllLines(folder.resolve("verwacht-toetsing.csv"), StandardCharsets.UTF_8),
        errors,
        "verwacht-toetsing.csv");
    // At k = 1 nothing is small, so every figure is published: the rounding and the sums of the
    // hand computation, which k = 3 hides (I01 suppresses the wijken's base counts there).
    Path all = Files.createDirectories(out.resolveSibling(out.getFileName() + "-k1"));
    AnalyticsJob.Result unprotected =
        new AnalyticsJob(1).run(engine, all, GoldenFixture.RAPPORTAGEDATUM);
    new ForecastJob(1).run(engine, all, unprotected.rows());
    assertEquals(
        Files.readAllLines(folder.resolve("verwacht-prognose-k1.csv"), StandardCharsets.UTF_8),
        Files.readAllLines(all.resolve("prognose.csv"), StandardCharsets.UTF_8),
        "verwacht-prognose-k1.csv");
  }

  private List<String> expected(String file) throws IOException {
    return sorted(
        Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8).stream().skip(1).toList());
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().toList();
  }

  /** Returns a value with six decimals, so that engines' summation noise does not show. */
  private static String six(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).toPlainString();
  }
}
