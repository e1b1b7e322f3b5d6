package nl.leamonitor.analytics.protect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of quantities with its additive structure: the areas (wijken, then the gemeente as the
 * margin row) by columns. Every column sums over the wijken to the gemeente; with {@code
 * rowEquation}, every area's columns but the last sum to the last (the margin column). A cell
 * absent from {@code cells} is a structural zero, known to everyone.
 *
 * @param name a label for messages, e.g. {@code I04_vsv_percentage 2023-2024 teller}
 * @param areas the wijk codes, then the gemeente code
 * @param columns the columns; with a row equation the last is the margin
 * @param rowEquation whether the columns of an area add up to its margin column
 * @param cells (area, column) to quantity
 */
public record Grid(
    String name,
    List<String> areas,
    List<String> columns,
    boolean rowEquation,
    Map<List<String>, Quantity> cells) {

  /** Returns the gemeente's code: the margin row. */
  public String gemeente() {
    return areas.get(areas.size() - 1);
  }

  /** Returns the quantity in a cell, or null when the cell is a structural zero. */
  public Quantity cell(String area, String column) {
    return cells.get(List.of(area, column));
  }

  /** Creates an empty grid to fill. */
  static Grid of(String name, List<String> areas, List<String> columns, boolean rowEquation) {
    return new Grid(name, areas, columns, rowEquation, new LinkedHashMap<>());
  }
}
