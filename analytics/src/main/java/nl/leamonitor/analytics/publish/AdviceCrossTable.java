package nl.leamonitor.analytics.publish;

import java.util.List;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * The gemeente's cross-table of schooladvies against toetsadvies of one schooljaar as a report may
 * show it (issue 15): I12's cohort, the resident groep-8 pupils with a toetsadvies, per pair of
 * advices, after small-number protection ({@code CrossTableProtection}). It has no row or column
 * totals: only its grand total (I12's noemer) and the sum of its cells above the diagonal (I12's
 * teller) are published, in I12's gemeente row.
 *
 * @param schooljaar the pupils' groep-8 year
 * @param schooladviezen the row labels (the advices given that year), lowest rank first
 * @param toetsadviezen the column labels (the toets outcomes of that year), lowest rank first
 * @param cells every row and column pair, row by row
 */
public record AdviceCrossTable(
    Schooljaar schooljaar,
    List<String> schooladviezen,
    List<String> toetsadviezen,
    List<AdviceCrossTable.Cell> cells) {

  /**
   * One cell.
   *
   * @param schooladvies its row's label
   * @param toetsadvies its column's label
   * @param toetsHoger whether the toetsadvies is hoger than the schooladvies (I12's teller)
   * @param aantal the number of pupils (0 where nobody has the pair), null where suppressed: shown
   *     as {@code x}
   */
  public record Cell(String schooladvies, String toetsadvies, boolean toetsHoger, Long aantal) {
    /** Returns whether the count is suppressed. */
    public boolean onderdrukt() {
      return aantal == null;
    }
  }

  public AdviceCrossTable {
    schooladviezen = List.copyOf(schooladviezen);
    toetsadviezen = List.copyOf(toetsadviezen);
    cells = List.copyOf(cells);
  }

  /** Returns the cell of a row and a column label. */
  public Cell cell(String schooladvies, String toetsadvies) {
    return cells.stream()
        .filter(c -> c.schooladvies().equals(schooladvies) && c.toetsadvies().equals(toetsadvies))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("geen cel " + schooladvies + " x " + toetsadvies));
  }
}
