package nl.leamonitor.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.analytics.forecast.ForecastRow;
import nl.leamonitor.analytics.forecast.GebiedType;
import nl.leamonitor.analytics.forecast.PupilForecast;
import nl.leamonitor.ingest.codes.Sector;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * The school wijken of the pupil forecast against their places (issue 16): per school wijk and
 * sector its rows, when it is short of places, and how full its buildings are. Read by the chapter
 * "Zoetermeer 2040" and by the pages that point to it (Wat valt op, the summary, ambition 1).
 */
final class SchoolPlaces {
  /** Above this share of empty places (in %) a school wijk has much room. */
  static final int MUCH_ROOM = 20;

  /**
   * One school wijk and sector.
   *
   * @param naam the wijk's name
   * @param sector the sector
   * @param plaatsen the places of its school locations
   * @param rows its rows in year order
   */
  record SchoolWijk(String naam, Sector sector, long plaatsen, List<ForecastRow> rows) {
    /** Returns the row of a year, if the forecast has it. */
    Optional<ForecastRow> in(Schooljaar year) {
      return rows.stream().filter(r -> r.schooljaar().equals(year)).findFirst();
    }

    /** Returns the rows with a shortage or room (not suppressed). */
    List<ForecastRow> shown() {
      return rows.stream().filter(r -> r.tekort() != null).toList();
    }

    /** Returns its shortage, if it is short of places in any year. */
    Optional<Shortage> shortage() {
      List<ForecastRow> shown = shown();
      List<ForecastRow> short_ = shown.stream().filter(r -> r.tekort() > 0).toList();
      if (short_.isEmpty()) {
        return Optional.empty();
      }
      ForecastRow largest = short_.get(0);
      for (ForecastRow r : short_) {
        if (r.tekort() > largest.tekort()) {
          largest = r;
        }
      }
      ForecastRow first = short_.get(0);
      ForecastRow last = short_.get(short_.size() - 1);
      boolean unbroken = short_.size() == shown.indexOf(last) - shown.indexOf(first) + 1;
      return Optional.of(
          new Shortage(
              this,
              first.schooljaar(),
              last.schooljaar(),
              largest.tekort(),
              largest.schooljaar(),
              first == shown.get(0),
              last == shown.get(shown.size() - 1),
              unbroken,
              short_.size(),
              shown.size()));
    }

    /** Returns the share of places taken in a year, in whole %, if it is shown. */
    Optional<Long> bezetting(Schooljaar year) {
      return in(year)
          .filter(r -> r.leerlingen() != null && plaatsen > 0)
          .map(r -> Math.round(100.0 * r.leerlingen() / plaatsen));
    }

    /** Returns whether more than {@value #MUCH_ROOM} % of its places are empty in a year. */
    boolean muchRoom(Schooljaar year) {
      return in(year)
          .filter(r -> r.leerlingen() != null && plaatsen > 0)
          .map(r -> (plaatsen - r.leerlingen()) * 100 > MUCH_ROOM * plaatsen)
          .orElse(false);
    }
  }

  /**
   * When a school wijk is short of places.
   *
   * @param wijk the school wijk
   * @param from the first year short
   * @param until the last year short
   * @param largest the largest shortage, in places
   * @param largestIn the year of the largest shortage
   * @param fromStart short in the forecast's first year
   * @param toEnd short in the forecast's last year
   * @param unbroken short in every year from {@code from} to {@code until}
   * @param years the years short
   * @param of the years shown
   */
  record Shortage(
      SchoolWijk wijk,
      Schooljaar from,
      Schooljaar until,
      long largest,
      Schooljaar largestIn,
      boolean fromStart,
      boolean toEnd,
      boolean unbroken,
      int years,
      int of) {
    /**
     * Returns when, in words: {@code al vanaf 2025-2026 (het komende schooljaar) tot en met
     * 2034-2035}, {@code vanaf 2029-2030 tot het einde van de prognose (2040-2041)}.
     */
    String when() {
      String start =
          fromStart
              ? "al vanaf " + from.label() + " (het komende schooljaar)"
              : "vanaf " + from.label();
      if (!unbroken) {
        return "in "
            + years
            + " van de "
            + of
            + " jaren, voor het eerst in "
            + from.label()
            + (fromStart ? " (het komende schooljaar)" : "")
            + " en het laatst in "
            + until.label();
      }
      if (toEnd) {
        return start + " tot het einde van de prognose (" + until.label() + ")";
      }
      return start + " tot en met " + until.label();
    }

    /**
     * Returns the chapter's finding for this school wijk: {@code • Oudwijk: al vanaf 2024-2025 (het
     * komende schooljaar) tot en met 2025-2026, op zijn grootst ongeveer 10 plaatsen (in
     * 2024-2025); daarna is er ruimte.}, its sector after its name when {@code withSector}.
     */
    String finding(boolean withSector) {
      return "\u2022 "
          + wijk.naam()
          + (withSector ? " (" + wijk.sector().name() + ")" : "")
          + ": "
          + when()
          + ", op zijn grootst "
          + size()
          + " (in "
          + largestIn.label()
          + ")"
          + (unbroken && !toEnd ? "; daarna is er ruimte." : ".");
    }

    /**
     * Returns when, briefly: {@code al vanaf 2025-2026 tot en met 2034-2035}, {@code vanaf
     * 2029-2030}, {@code in 3 jaren vanaf 2031-2032}.
     */
    String briefly() {
      String start = (fromStart ? "al vanaf " : "vanaf ") + from.label();
      if (!unbroken) {
        return "in " + years + " jaren " + start;
      }
      return toEnd ? start : start + " tot en met " + until.label();
    }

    /** Returns the largest shortage in words, in tens: {@code ongeveer 30 plaatsen}. */
    String size() {
      return DutchFormat.about(largest) + " plaatsen";
    }
  }

  private final List<SchoolWijk> wijken = new ArrayList<>();

  SchoolPlaces(PupilForecast forecast) {
    // Per school wijk and sector its rows, in the order of the wijk codes, then sectors.
    SortedMap<String, List<ForecastRow>> perWijk = new TreeMap<>();
    for (ForecastRow r : forecast.rows(GebiedType.SCHOOLWIJK)) {
      perWijk
          .computeIfAbsent(r.gebiedCode() + "|" + r.sector().ordinal(), k -> new ArrayList<>())
          .add(r);
    }
    for (List<ForecastRow> own : perWijk.values()) {
      List<ForecastRow> sorted =
          own.stream().sorted((a, b) -> a.schooljaar().compareTo(b.schooljaar())).toList();
      ForecastRow any = sorted.get(0);
      wijken.add(new SchoolWijk(any.gebiedNaam(), any.sector(), any.capaciteit(), sorted));
    }
  }

  /** Returns the school wijken, by wijk code and sector. */
  List<SchoolWijk> wijken() {
    return wijken;
  }

  /** Returns the sectors whose places were delivered, in the contract's order. */
  List<Sector> sectors() {
    return wijken.stream().map(SchoolWijk::sector).distinct().sorted().toList();
  }

  /** Returns the shortages, first the earliest, then by wijk. */
  List<Shortage> shortages() {
    List<Shortage> all = new ArrayList<>();
    wijken.forEach(w -> w.shortage().ifPresent(all::add));
    List<Shortage> sorted = new ArrayList<>(all);
    sorted.sort((a, b) -> a.from().compareTo(b.from()));
    return sorted;
  }

  /**
   * Returns the key point in one sentence without its final full stop, or empty when no school wijk
   * is short: {@code Volgens de leerlingenprognose zijn er te weinig plaatsen in de schoolgebouwen
   * van het PO in Centrum al vanaf 2025-2026, op zijn grootst ongeveer 240 plaatsen}.
   */
  Optional<String> keyPoint() {
    List<Shortage> shortages = shortages();
    if (shortages.isEmpty()) {
      return Optional.empty();
    }
    boolean oneSector = sectors().size() == 1;
    List<String> parts = new ArrayList<>();
    for (Shortage s : shortages) {
      parts.add(
          "in "
              + s.wijk().naam()
              + (oneSector ? "" : " (" + s.wijk().sector().name() + ")")
              + " "
              + s.briefly()
              + ", op zijn grootst "
              + s.size());
    }
    // Semicolons between the wijken: each part has a comma of its own.
    String listed =
        parts.size() == 1
            ? parts.get(0)
            : String.join("; ", parts.subList(0, parts.size() - 1))
                + "; en "
                + parts.get(parts.size() - 1);
    return Optional.of(
        "Volgens de leerlingenprognose zijn er te weinig plaatsen in de schoolgebouwen"
            + (oneSector ? " van " + ForecastChapter.shortWords(sectors().get(0)) : "")
            + " "
            + listed);
  }
}
