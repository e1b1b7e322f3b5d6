package nl.leamonitor.ingest.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * A sign that a delivery may be incomplete although every file was read without a problem: a file
 * with only a header, a dataset whose rows of a schooljaar fall to less than half of the year
 * before, or a partner file that the previous run read and this delivery lacks. A run still
 * publishes; the log, {@code lea controleer}, {@code manifest.json} and the report's data-quality
 * appendix say it, so that nobody reads a missing delivery as a quiet year.
 *
 * @param subject the file's name, or the dataset's lake name for a fall in rows
 * @param message what was found, in Dutch, starting with the subject
 */
public record DeliveryWarning(String subject, String message) {
  /**
   * Returns the warnings a delivery gives by itself: its files with only a header, in the reports'
   * order, then per dataset the schooljaren whose rows fell by more than half.
   *
   * @param reports what reading each file found
   * @param rows per personal dataset, its rows per schooljaar
   */
  public static List<DeliveryWarning> of(
      List<FileReport> reports, Map<Dataset, SortedMap<Schooljaar, Long>> rows) {
    List<DeliveryWarning> warnings = new ArrayList<>(emptyFiles(reports));
    new java.util.TreeMap<>(rows)
        .forEach((dataset, years) -> warnings.addAll(drops(dataset, years)));
    return warnings;
  }

  /**
   * Returns the accepted rows per schooljaar of each personal dataset, summed over its files, as
   * reading on this machine counted them (duplicates not yet dropped).
   */
  public static Map<Dataset, SortedMap<Schooljaar, Long>> acceptedRows(List<FileReport> reports) {
    Map<Dataset, SortedMap<Schooljaar, Long>> rows = new java.util.EnumMap<>(Dataset.class);
    for (FileReport r : reports) {
      r.acceptedPerSchooljaar()
          .forEach(
              (year, n) ->
                  rows.computeIfAbsent(r.dataset(), d -> new java.util.TreeMap<>())
                      .merge(year, n, Long::sum));
    }
    return rows;
  }

  /** Returns the warnings for files that were read but hold no row, in the reports' order. */
  public static List<DeliveryWarning> emptyFiles(List<FileReport> reports) {
    List<DeliveryWarning> warnings = new ArrayList<>();
    for (FileReport r : reports) {
      if (r.read() == 0) {
        warnings.add(
            new DeliveryWarning(
                r.file(),
                r.file()
                    + ": alleen een kopregel, geen gegevens; een indicator die "
                    + r.dataset().lakeName()
                    + " nodig heeft, wordt niet berekend voor jaren waarvan niets is"
                    + " aangeleverd"));
      }
    }
    return warnings;
  }

  /**
   * Returns, for one dataset's rows per schooljaar, a warning for every schooljaar t whose rows are
   * fewer than half of those of t-1 (the schooljaar before, not the previous one listed: a
   * schooljaar between two delivered ones without any row falls to 0). The message names no numbers
   * of rows: it is published (manifest.json, the report, lea.log), and a year's rows bound the
   * gemeente's teller of that year from above (a vsv row is one early school leaver of I04), so
   * that "3 regels" would narrow a suppressed teller to 1, 2 or 3 (contract section 4).
   */
  public static List<DeliveryWarning> drops(Dataset dataset, SortedMap<Schooljaar, Long> rows) {
    List<DeliveryWarning> warnings = new ArrayList<>();
    if (rows.isEmpty()) {
      return warnings;
    }
    for (int year = rows.firstKey().startYear() + 1; year <= rows.lastKey().startYear(); year++) {
      Schooljaar t = new Schooljaar(year);
      Schooljaar before = new Schooljaar(year - 1);
      long now = rows.getOrDefault(t, 0L);
      long then = rows.getOrDefault(before, 0L);
      if (2 * now < then) {
        warnings.add(
            new DeliveryWarning(
                dataset.lakeName(),
                dataset.lakeName()
                    + ": in "
                    + t.label()
                    + " minder dan de helft van de regels van "
                    + before.label()
                    + "; controleer of alles van "
                    + t.label()
                    + " is aangeleverd"));
      }
    }
    return warnings;
  }

  /**
   * Returns a warning for every file that the previous run read and this delivery lacks, in name
   * order.
   *
   * @param previous per file the previous run read, its dataset's lake name
   * @param now the files of this delivery
   * @param previousRun the previous run's id, as its manifest names it
   */
  public static List<DeliveryWarning> absent(
      Map<String, String> previous, Collection<String> now, String previousRun) {
    List<DeliveryWarning> warnings = new ArrayList<>();
    for (String file : new TreeSet<>(previous.keySet())) {
      if (!now.contains(file)) {
        warnings.add(
            new DeliveryWarning(
                file,
                file
                    + ": de vorige run ("
                    + previousRun
                    + ") las dit bestand ("
                    + previous.get(file)
                    + "), deze aanlevering heeft het niet"));
      }
    }
    return warnings;
  }
}
