package nl.leamonitor.analytics.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.analytics.compute.Gemeente;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.codes.Sector;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * Turns what an engine computed for P01 ({@link ForecastCells}) into the published forecast: the
 * gemeente as the sum of its wijken' unrounded values rounded once, whole pupils rounded half up,
 * suppression where a base count is below k, the school-wijk comparison with capacity, and the
 * backtest's errors. Pure: no I/O, the same for every engine.
 *
 * <p>Small numbers. A wijk row is suppressed where its base count (the pupils of the base years its
 * rates rest on) is below k, and still counts in the gemeente (contract 3b); the gemeente row
 * likewise where the gemeente's base count is below k. A school-wijk row is suppressed where fewer
 * than k resident pupils of the last base year went to school in that wijk, the pupils its spread
 * rests on; its capaciteit (a fact about buildings) stays, its tekort goes with its leerlingen. The
 * shares of the spread are not published, so a suppressed wijk's forecast cannot be taken back out
 * of a school wijk's. The backtest compares only observed counts that I01 publishes unsuppressed (a
 * count of 0 is public as the absence of an I01 row), and shows a backtest forecast only where it
 * rests on at least k pupils: with the population public, a forecast from one age's rate would give
 * back the small count it was computed from.
 */
public final class PupilForecasts {
  /** The sectors of P01, in the contract's order. */
  public static final List<Sector> SECTORS = List.of(Sector.VVE, Sector.PO, Sector.VO);

  private static final String I01 = "I01_leerlingen";

  private PupilForecasts() {}

  /**
   * Returns the forecast of a run.
   *
   * @param cells what the engine computed
   * @param wijken the wijken of {@code wijken.csv}, code to name
   * @param gemeente the gemeente
   * @param k the minimum cell size
   * @param published the run's published indicator rows (I01's sector counts bound the backtest)
   */
  public static PupilForecast build(
      ForecastCells cells,
      SortedMap<String, String> wijken,
      Gemeente gemeente,
      int k,
      List<IndicatorRow> published) {
    if (cells.baseYears().isEmpty()) {
      return PupilForecast.absent(
          new Explanation(
              "Geen leerlingenprognose (P01): geen schooljaar heeft zowel inschrijvingen als"
                  + " bevolkingscijfers van 1 oktober van dat jaar (referentie/bevolking.csv).",
              "Er is geen leerlingenprognose: geen schooljaar heeft zowel inschrijvingen als"
                  + " bevolkingscijfers per wijk en leeftijd van 1 oktober van dat jaar."));
    }
    Schooljaar last = cells.baseYears().get(cells.baseYears().size() - 1);
    if (cells.wijken().isEmpty()) {
      return PupilForecast.absent(
          new Explanation(
              "Geen leerlingenprognose (P01): referentie/bevolkingsprognose.csv heeft geen jaar na "
                  + last.startYear()
                  + " (het laatste basisjaar is "
                  + last.label()
                  + ").",
              "Er is geen leerlingenprognose: de bevolkingsprognose van de gemeente gaat niet"
                  + " verder dan "
                  + last.startYear()
                  + ", het jaar van het laatste schooljaar met gegevens ("
                  + last.label()
                  + ")."));
    }
    List<ForecastRow> rows = new ArrayList<>();
    Map<String, double[]> gemeenteSums = new LinkedHashMap<>();
    // Beyond contract 3b, for section 4 (a privacy review narrowed a suppressed I01 count through
    // the forecast): a wijk's forecast gives its base count away (the first forecast year is about
    // a third of it), so it is published only where I01 publishes each of its base-year counts. The
    // gemeente's, minus the published wijken, gives the suppressed wijken's together: so it is
    // suppressed where only one wijk of the sector is (that one's would follow), and where I01
    // suppresses the gemeente's own count of the sector in a base year. Where two or more wijken
    // are suppressed and I01 publishes the gemeente's count of every base year, their sum is what
    // I01 already gives (the gemeente minus its published wijken), which its auditor accepted.
    // School wijken follow the gemeente.
    I01Sectors i01 = I01Sectors.of(published);
    Map<Sector, Set<String>> hiddenWijken = new EnumMap<>(Sector.class);
    for (WijkForecast c : cells.wijken()) {
      if (c.basis() < k || i01.hiddenBase(cells.baseYears(), c.wijkCode(), c.sector())) {
        hiddenWijken.computeIfAbsent(c.sector(), x -> new java.util.TreeSet<>()).add(c.wijkCode());
      }
    }
    Set<Sector> hiddenSectors = EnumSet.noneOf(Sector.class);
    for (Sector sector : SECTORS) {
      if (hiddenWijken.getOrDefault(sector, Set.of()).size() == 1
          || i01.hiddenBase(cells.baseYears(), gemeente.code(), sector)) {
        hiddenSectors.add(sector);
      }
    }
    for (WijkForecast c : cells.wijken()) {
      rows.add(
          row(
              c.schooljaar(),
              GebiedType.WIJK,
              c.wijkCode(),
              wijken.getOrDefault(c.wijkCode(), c.wijkCode()),
              c.sector(),
              c.leerlingen(),
              c.basis() < k || i01.hiddenBase(cells.baseYears(), c.wijkCode(), c.sector()),
              null));
      double[] sum =
          gemeenteSums.computeIfAbsent(
              c.schooljaar().label() + "|" + c.sector().name(), x -> new double[2]);
      sum[0] += c.leerlingen();
      sum[1] += c.basis();
    }
    gemeenteSums.forEach(
        (key, sum) -> {
          String[] parts = key.split("\\|");
          rows.add(
              row(
                  Schooljaar.of(parts[0]),
                  GebiedType.GEMEENTE,
                  gemeente.code(),
                  gemeente.naam(),
                  Sector.valueOf(parts[1]),
                  sum[0],
                  sum[1] < k || hiddenSectors.contains(Sector.valueOf(parts[1])),
                  null));
        });
    List<Explanation> notes = new ArrayList<>();
    SortedMap<String, SchoolWijkForecast> incomplete = new TreeMap<>();
    for (SchoolWijkForecast c : cells.schoolWijken()) {
      if (!c.complete()) {
        incomplete.putIfAbsent(c.wijkCode() + "|" + c.sector().name(), c);
        continue;
      }
      rows.add(
          row(
              c.schooljaar(),
              GebiedType.SCHOOLWIJK,
              c.wijkCode(),
              wijken.getOrDefault(c.wijkCode(), c.wijkCode()),
              c.sector(),
              c.leerlingen(),
              c.basis() < k || hiddenSectors.contains(c.sector()),
              c.capaciteit()));
    }
    if (!cells.schoolsDelivered()) {
      notes.add(
          new Explanation(
              "Geen vergelijking met de capaciteit van scholen: referentie/scholen.csv is niet"
                  + " aangeleverd.",
              "Er is geen vergelijking met de plaatsen in de schoolgebouwen: de gegevens over de"
                  + " scholen zijn niet aangeleverd."));
    } else if (cells.schoolWijken().isEmpty()) {
      notes.add(
          new Explanation(
              "Geen vergelijking met de capaciteit van scholen: referentie/scholen.csv geeft geen"
                  + " capaciteit van een schoollocatie met VVE-, PO- of VO-leerlingen in "
                  + last.label()
                  + ".",
              "Er is geen vergelijking met de plaatsen in de schoolgebouwen: van geen enkele"
                  + " school met leerlingen in de VVE, het PO of het VO in "
                  + last.label()
                  + " is het aantal plaatsen aangeleverd."));
    }
    for (SchoolWijkForecast c : incomplete.values()) {
      long without = c.locaties() - c.metCapaciteit();
      String naam = wijken.getOrDefault(c.wijkCode(), c.wijkCode());
      notes.add(
          new Explanation(
              "Schoolwijk "
                  + naam
                  + " ("
                  + c.sector().name()
                  + ") is niet met de capaciteit vergeleken: "
                  + without
                  + " van de "
                  + c.locaties()
                  + " schoollocaties "
                  + (without == 1 ? "heeft" : "hebben")
                  + " geen capaciteit in referentie/scholen.csv.",
              "De scholen in "
                  + naam
                  + " ("
                  + c.sector().name()
                  + ") zijn niet met hun plaatsen vergeleken: van "
                  + without
                  + " van de "
                  + c.locaties()
                  + " scholen is het aantal plaatsen niet aangeleverd."));
    }
    rows.sort(
        Comparator.comparing((ForecastRow r) -> r.schooljaar().label())
            .thenComparing(r -> r.gebiedType().label())
            .thenComparing(ForecastRow::gebiedCode)
            .thenComparing(r -> r.sector().name()));
    Optional<Backtest> backtest = Optional.empty();
    Optional<String> backtestMissing = Optional.empty();
    if (cells.backtestBaseYears().isEmpty() || cells.backtest().isEmpty()) {
      backtestMissing =
          Optional.of(
              "Geen toetsing van de prognose: alleen "
                  + last.label()
                  + " heeft zowel inschrijvingen als bevolkingscijfers; de toetsing voorspelt het"
                  + " laatste basisjaar uit de jaren ervoor.");
    } else {
      backtest =
          Optional.of(
              backtest(
                  last,
                  cells.backtestBaseYears(),
                  cells.backtest(),
                  wijken,
                  gemeente,
                  k,
                  published));
    }
    return new PupilForecast(
        Optional.empty(),
        List.copyOf(cells.baseYears()),
        List.copyOf(rows),
        List.copyOf(notes),
        backtest,
        backtestMissing);
  }

  private static ForecastRow row(
      Schooljaar schooljaar,
      GebiedType type,
      String code,
      String naam,
      Sector sector,
      double leerlingen,
      boolean onderdrukt,
      Long capaciteit) {
    Long whole = onderdrukt ? null : WholePupils.round(leerlingen);
    Long tekort = whole == null || capaciteit == null ? null : whole - capaciteit;
    return new ForecastRow(
        schooljaar, type, code, naam, sector, whole, onderdrukt, capaciteit, tekort);
  }

  /** Returns the backtest's errors per sector, comparing only counts I01 publishes. */
  static Backtest backtest(
      Schooljaar doeljaar,
      List<Schooljaar> baseYears,
      List<BacktestCell> cells,
      SortedMap<String, String> wijken,
      Gemeente gemeente,
      int k,
      List<IndicatorRow> published) {
    List<Backtest.SectorError> sectors = new ArrayList<>();
    I01Sectors i01 = I01Sectors.of(published);
    for (Sector sector : SECTORS) {
      List<BacktestCell> own = cells.stream().filter(c -> c.sector() == sector).toList();
      double voorspeld = own.stream().mapToDouble(BacktestCell::voorspeld).sum();
      long waargenomen = own.stream().mapToLong(BacktestCell::waargenomen).sum();
      // As the forecast itself: a wijk's backtest forecast only where I01 publishes each of its
      // backtest base-year counts; the gemeente's not where one wijk's is hidden (that one's would
      // follow) or where I01 hides the gemeente's own base-year count.
      long hiddenWijken =
          own.stream()
              .filter(c -> c.basis() < k || i01.hiddenBase(baseYears, c.wijkCode(), sector))
              .count();
      boolean forecastShown =
          own.stream().mapToLong(BacktestCell::basis).sum() >= k
              && hiddenWijken != 1
              && !i01.hiddenBase(baseYears, gemeente.code(), sector);
      boolean shown =
          forecastShown && i01.publishes(doeljaar, gemeente.code(), sector, waargenomen);
      Optional<Backtest.WijkError> largest =
          own.stream()
              .filter(
                  c ->
                      c.basis() >= k
                          && !i01.hiddenBase(baseYears, c.wijkCode(), sector)
                          && i01.publishes(doeljaar, c.wijkCode(), sector, c.waargenomen()))
              .max(
                  Comparator.comparingDouble(
                          (BacktestCell c) -> Math.abs(c.voorspeld() - c.waargenomen()))
                      .thenComparing(BacktestCell::wijkCode, Comparator.reverseOrder()))
              .map(
                  c ->
                      new Backtest.WijkError(
                          c.wijkCode(),
                          wijken.getOrDefault(c.wijkCode(), c.wijkCode()),
                          WholePupils.round(c.voorspeld()),
                          c.waargenomen(),
                          WholePupils.round(c.voorspeld() - c.waargenomen()),
                          percentage(c.voorspeld(), c.waargenomen())));
      sectors.add(
          new Backtest.SectorError(
              sector,
              forecastShown ? WholePupils.round(voorspeld) : null,
              shown ? waargenomen : null,
              shown ? WholePupils.round(voorspeld - waargenomen) : null,
              shown ? percentage(voorspeld, waargenomen) : null,
              largest));
    }
    return new Backtest(doeljaar, List.copyOf(baseYears), List.copyOf(sectors));
  }

  /**
   * I01's sector rows by schooljaar, area and sector, looked up per forecast cell (a national run
   * has 90,000 published rows and tens of thousands of cells, too many to scan for each).
   *
   * @param suppressed the keys of suppressed rows
   * @param shown per key, the tellers of unsuppressed rows
   */
  private record I01Sectors(Set<String> suppressed, Map<String, Set<Long>> shown) {
    static I01Sectors of(List<IndicatorRow> published) {
      Set<String> suppressed = new java.util.HashSet<>();
      Map<String, Set<Long>> shown = new java.util.HashMap<>();
      for (IndicatorRow r : published) {
        if (!r.indicator().equals(I01)
            || !"sector".equals(r.uitsplitsing())
            || r.categorie() == null) {
          continue;
        }
        String key = key(r.schooljaar(), r.gebiedCode(), r.categorie());
        if (r.onderdrukt()) {
          suppressed.add(key);
        } else if (r.teller() != null) {
          shown.computeIfAbsent(key, x -> new java.util.HashSet<>()).add(r.teller());
        }
      }
      return new I01Sectors(suppressed, shown);
    }

    private static String key(Schooljaar year, String area, String sector) {
      return year.label() + "|" + area + "|" + sector;
    }

    /** Returns whether I01 suppresses a wijk's sector count in one of the base years. */
    boolean hiddenBase(List<Schooljaar> baseYears, String wijk, Sector sector) {
      for (Schooljaar year : baseYears) {
        if (suppressed.contains(key(year, wijk, sector.name()))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Returns whether an observed count is public: 0 (I01 then has no row), or I01's unsuppressed
     * sector row of that area and year holds it.
     */
    boolean publishes(Schooljaar year, String area, Sector sector, long count) {
      return count == 0
          || shown.getOrDefault(key(year, area, sector.name()), Set.of()).contains(count);
    }
  }

  /** Returns (forecast - observed) / observed x 100 with one decimal, half up; null for 0. */
  static Double percentage(double voorspeld, long waargenomen) {
    if (waargenomen == 0) {
      return null;
    }
    return BigDecimal.valueOf((voorspeld - waargenomen) / waargenomen * 100)
        .setScale(9, RoundingMode.HALF_UP)
        .setScale(1, RoundingMode.HALF_UP)
        .doubleValue();
  }
}
