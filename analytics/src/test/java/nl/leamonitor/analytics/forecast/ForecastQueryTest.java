package nl.leamonitor.analytics.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.leamonitor.analytics.ForecastJob;
import nl.leamonitor.analytics.compute.IndicatorEngine;
import nl.leamonitor.ingest.delivery.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forecast's queries as a run starts them beside small-number protection ({@link
 * ForecastJob.Query}): run once however often asked, not at all where the run makes no forecast,
 * and a failure reported where the forecast is made, as it was when the step ran them itself.
 */
class ForecastQueryTest {
  @TempDir Path out;

  /** An engine that has both population files and whose forecast query fails, counting calls. */
  private static IndicatorEngine engine(AtomicInteger forecasts, Exception failure) {
    return (IndicatorEngine)
        Proxy.newProxyInstance(
            IndicatorEngine.class.getClassLoader(),
            new Class<?>[] {IndicatorEngine.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "available" -> Set.of(Dataset.BEVOLKING, Dataset.BEVOLKINGSPROGNOSE);
                  case "forecast" -> {
                    forecasts.incrementAndGet();
                    throw failure;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void queriesRunOnceAndTheirFailureSurfacesWhereTheForecastIsMade() throws Exception {
    AtomicInteger forecasts = new AtomicInteger();
    SQLException failure = new SQLException("Out of Memory Error");
    IndicatorEngine engine = engine(forecasts, failure);
    ForecastJob job = new ForecastJob(5);
    ForecastJob.Query query = job.query(engine, 0);

    // Beside protection, on another thread: the failure is kept, not thrown there.
    Thread beside = new Thread(query);
    beside.start();
    beside.join();
    query.run();
    assertEquals(1, forecasts.get());

    Exception thrown = assertThrows(Exception.class, () -> job.run(engine, out, List.of(), query));
    assertSame(failure, thrown);
    assertEquals(1, forecasts.get());
  }

  @Test
  void noQueryWhereRejectedPopulationRowsMeanNoForecast() throws Exception {
    AtomicInteger forecasts = new AtomicInteger();
    IndicatorEngine engine = engine(forecasts, new SQLException("niet gevraagd"));
    ForecastJob job = new ForecastJob(5);
    ForecastJob.Query query = job.query(engine, 2);
    query.run();
    PupilForecast forecast = job.run(engine, out, List.of(), query);
    assertEquals(0, forecasts.get());
    assertEquals(
        "Geen leerlingenprognose (P01): 2 regels van referentie/bevolkingsprognose.csv afgekeurd"
            + " (zie de afgekeurde regels in de interne map); met die gaten zou de prognose te laag"
            + " uitvallen. Verbeter de regels en draai opnieuw.",
        forecast.missing().orElseThrow().analyst());
  }
}
