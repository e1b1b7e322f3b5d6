package nl.leamonitor.reports.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The figures a chart draws as a table, for a reader who cannot see the chart: the web pages put it
 * beside the chart's SVG. A suppressed figure is {@code x} in it, as in every table of the reports.
 *
 * @param caption what the table shows
 * @param header the column headers
 * @param rows per row its cells, the first naming the row
 * @param numeric the columns (by index) of numbers, aligned right
 * @param areas per row the code of the area it is about (a wijk or the gemeente), or null
 */
public record FigureTable(
    String caption,
    List<String> header,
    List<List<String>> rows,
    Set<Integer> numeric,
    List<String> areas) {

  public FigureTable {
    header = List.copyOf(header);
    rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
    numeric = Set.copyOf(numeric);
    areas = Collections.unmodifiableList(new ArrayList<>(areas));
    if (areas.size() != rows.size()) {
      throw new IllegalArgumentException(
          "per rij een gebied of null: " + areas.size() + " bij " + rows.size() + " rijen");
    }
  }

  /** Returns a table whose rows are about no area in particular. */
  public static FigureTable of(
      String caption, List<String> header, List<List<String>> rows, Set<Integer> numeric) {
    return new FigureTable(
        caption, header, rows, numeric, Collections.nCopies(rows.size(), (String) null));
  }
}
