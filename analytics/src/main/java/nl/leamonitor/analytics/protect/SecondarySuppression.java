package nl.leamonitor.analytics.protect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Secondary suppression: hides extra cells until no hidden cell can be derived along a grid's
 * equations.
 *
 * <p>In a grid with row and column equations, the hidden cells are the edges of a bipartite graph
 * between areas and columns; a hidden cell is derivable exactly when its edge is a bridge (on no
 * cycle), and a lone hidden cell in a row or column is the simplest bridge. Each bridge is closed
 * by hiding the cheapest path of cells that joins its two ends another way (Dijkstra, hidden cells
 * cost nothing), so that it lies on a cycle. A grid with only column equations needs 0 or at least
 * 2 hidden cells per column; one alone is joined by the cheapest other cell of its column.
 */
public final class SecondarySuppression {
  private SecondarySuppression() {}

  /** Hides cells in the cover until no grid has a derivable hidden cell it can close. */
  public static void apply(List<Grid> grids, Cover cover) {
    boolean changed = true;
    Set<List<Object>> unresolvable = new HashSet<>();
    // A grid left with nothing to close stays so while its cells' hidden states do not change:
    // its bridges are then the ones it could not close, which closeOne passes over.
    Map<Grid, BitSet> settled = new IdentityHashMap<>();
    Map<Grid, Cells> numbered = new IdentityHashMap<>();
    while (changed) {
      changed = false;
      for (Grid grid : grids) {
        Cells cells = numbered.computeIfAbsent(grid, g -> new Cells(g, cover));
        if (cells.hiddenCells().equals(settled.get(grid))) {
          continue;
        }
        while (closeOne(grid, cells, cover, unresolvable)) {
          changed = true;
        }
        settled.put(grid, cells.hiddenCells());
      }
    }
  }

  /**
   * A grid's cells by number: areas 0 to a-1, columns 0 to c-1, and each cell (in the grid's order)
   * as its area, its column and its quantity, so that the searches below walk arrays instead of
   * hashing names. The graph's nodes are the areas, then the columns (a + column).
   */
  private static final class Cells {
    private final int areaCount;
    private final int[] areaOf;
    private final int[] columnOf;
    private final Quantity[] quantity;
    private final java.util.function.BooleanSupplier[] isHidden;
    private final java.util.function.LongSupplier[] costOf;

    /** The cell's number per area and column, -1 for a structural zero. */
    private final int[][] at;

    private Cells(Grid grid, Cover cover) {
      areaCount = grid.areas().size();
      Map<String, Integer> areas = new HashMap<>();
      for (String area : grid.areas()) {
        areas.putIfAbsent(area, areas.size());
      }
      Map<String, Integer> columns = new HashMap<>();
      for (String column : grid.columns()) {
        columns.putIfAbsent(column, columns.size());
      }
      int n = grid.cells().size();
      areaOf = new int[n];
      columnOf = new int[n];
      quantity = new Quantity[n];
      isHidden = new java.util.function.BooleanSupplier[n];
      costOf = new java.util.function.LongSupplier[n];
      at = new int[grid.areas().size()][grid.columns().size()];
      for (int[] row : at) {
        java.util.Arrays.fill(row, -1);
      }
      int i = 0;
      for (Map.Entry<List<String>, Quantity> cell : grid.cells().entrySet()) {
        areaOf[i] = areas.get(cell.getKey().get(0));
        columnOf[i] = columns.get(cell.getKey().get(1));
        quantity[i] = cell.getValue();
        isHidden[i] = cover.hiddenTest(cell.getValue());
        costOf[i] = cover.costTest(cell.getValue());
        at[areaOf[i]][columnOf[i]] = i;
        i++;
      }
    }

    private int size() {
      return quantity.length;
    }

    /** Returns per cell whether it is hidden now. */
    private boolean[] hidden() {
      boolean[] hidden = new boolean[quantity.length];
      for (int i = 0; i < hidden.length; i++) {
        hidden[i] = isHidden[i].getAsBoolean();
      }
      return hidden;
    }

    /** Returns which of the cells, in the grid's order, are hidden now. */
    private BitSet hiddenCells() {
      BitSet hidden = new BitSet();
      for (int i = 0; i < isHidden.length; i++) {
        if (isHidden[i].getAsBoolean()) {
          hidden.set(i);
        }
      }
      return hidden;
    }
  }

  private static boolean closeOne(
      Grid grid, Cells cells, Cover cover, Set<List<Object>> unresolvable) {
    if (grid.rowEquation()) {
      // Nothing is hidden until a bridge is closed, and then this returns: the hidden states and
      // the costs read once hold for every search of this call.
      boolean[] hidden = cells.hidden();
      boolean[] bridges = bridges(cells, hidden);
      long[] cost = null;
      for (int i = 0; i < cells.size(); i++) {
        if (!hidden[i] || !bridges[i]) {
          continue;
        }
        String area = grid.areas().get(cells.areaOf[i]);
        String column = grid.columns().get(cells.columnOf[i]);
        if (!unresolvable.contains(List.of(grid.name(), area, column))) {
          if (cost == null) {
            cost = new long[cells.size()];
            for (int j = 0; j < cost.length; j++) {
              cost[j] = hidden[j] ? 0 : cells.costOf[j].getAsLong();
            }
          }
          if (closeBridge(grid, cells, hidden, cost, cover, i)) {
            return true;
          }
          unresolvable.add(List.of(grid.name(), area, column));
        }
      }
      return false;
    }
    for (String name : grid.columns()) {
      List<Quantity> column = new ArrayList<>();
      for (String area : grid.areas()) {
        Quantity q = grid.cell(area, name);
        if (q != null) {
          column.add(q);
        }
      }
      long hiddenCount = column.stream().filter(cover::hidden).count();
      if (hiddenCount == 1) {
        Quantity cheapest =
            column.stream()
                .filter(q -> !cover.hidden(q))
                .min(Comparator.comparingLong(cover::cost))
                .orElse(null);
        if (cheapest != null) {
          cover.hide(cheapest);
          return true;
        }
      }
    }
    return false;
  }

  /** Returns whether the hidden cell (area, column) is on no cycle of hidden cells. */
  static boolean isBridge(Grid grid, Cover cover, String area, String column) {
    Map<String, List<String>> adjacent = new HashMap<>();
    for (Map.Entry<List<String>, Quantity> cell : grid.cells().entrySet()) {
      String a = cell.getKey().get(0);
      String c = cell.getKey().get(1);
      if (cover.hidden(cell.getValue()) && !(a.equals(area) && c.equals(column))) {
        adjacent.computeIfAbsent("a:" + a, k -> new ArrayList<>()).add("c:" + c);
        adjacent.computeIfAbsent("c:" + c, k -> new ArrayList<>()).add("a:" + a);
      }
    }
    Deque<String> todo = new ArrayDeque<>(List.of("a:" + area));
    Set<String> seen = new HashSet<>(todo);
    while (!todo.isEmpty()) {
      String node = todo.pop();
      if (node.equals("c:" + column)) {
        return false;
      }
      for (String next : adjacent.getOrDefault(node, List.of())) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return true;
  }

  /**
   * Returns the hidden cells, as (area, column), that are bridges of the hidden-cell graph: all of
   * them in one depth-first search (Tarjan), where {@link #isBridge} asks for one cell at a time.
   */
  static Set<List<String>> bridges(Grid grid, Cover cover) {
    Cells cells = new Cells(grid, cover);
    boolean[] bridges = bridges(cells, cells.hidden());
    Set<List<String>> found = new HashSet<>();
    for (int i = 0; i < cells.size(); i++) {
      if (bridges[i]) {
        found.add(
            List.of(grid.areas().get(cells.areaOf[i]), grid.columns().get(cells.columnOf[i])));
      }
    }
    return found;
  }

  /**
   * Returns per cell whether it is a hidden cell that is a bridge of the hidden-cell graph (areas
   * and columns as nodes, hidden cells as edges): all of them in one depth-first search (Tarjan).
   * At national scale (hundreds of wijken) this keeps secondary suppression from going cubic. Which
   * cells are bridges is a property of the graph, whatever order the search takes.
   */
  private static boolean[] bridges(Cells cells, boolean[] hidden) {
    int nodes = cells.areaCount + cells.at[0].length;
    int[] degree = new int[nodes];
    for (int i = 0; i < cells.size(); i++) {
      if (hidden[i]) {
        degree[cells.areaOf[i]]++;
        degree[cells.areaCount + cells.columnOf[i]]++;
      }
    }
    // Each node's edges as (cell, other end), in the grid's order of cells.
    int[][] edges = new int[nodes][];
    for (int v = 0; v < nodes; v++) {
      edges[v] = new int[2 * degree[v]];
    }
    int[] filled = new int[nodes];
    for (int i = 0; i < cells.size(); i++) {
      if (hidden[i]) {
        int a = cells.areaOf[i];
        int c = cells.areaCount + cells.columnOf[i];
        edges[a][filled[a]++] = i;
        edges[a][filled[a]++] = c;
        edges[c][filled[c]++] = i;
        edges[c][filled[c]++] = a;
      }
    }
    boolean[] bridges = new boolean[cells.size()];
    int[] discovered = new int[nodes];
    java.util.Arrays.fill(discovered, -1);
    int[] low = new int[nodes];
    int[] stackNode = new int[nodes];
    int[] stackEntered = new int[nodes];
    int[] stackNext = new int[nodes];
    int order = 0;
    for (int root = 0; root < nodes; root++) {
      if (degree[root] == 0 || discovered[root] >= 0) {
        continue;
      }
      int top = 0;
      discovered[root] = order;
      low[root] = order++;
      stackNode[0] = root;
      stackEntered[0] = -1;
      stackNext[0] = 0;
      while (top >= 0) {
        int node = stackNode[top];
        int next = stackNext[top];
        if (next < edges[node].length) {
          stackNext[top] = next + 2;
          int cell = edges[node][next];
          int other = edges[node][next + 1];
          if (cell == stackEntered[top]) {
            continue;
          }
          if (discovered[other] < 0) {
            discovered[other] = order;
            low[other] = order++;
            top++;
            stackNode[top] = other;
            stackEntered[top] = cell;
            stackNext[top] = 0;
          } else {
            low[node] = Math.min(low[node], discovered[other]);
          }
        } else {
          int entered = stackEntered[top];
          top--;
          if (top >= 0) {
            int parent = stackNode[top];
            low[parent] = Math.min(low[parent], low[node]);
            if (low[node] > discovered[parent]) {
              bridges[entered] = true;
            }
          }
        }
      }
    }
    return bridges;
  }

  /**
   * Hides the cheapest path of cells from the bridge's area to its column that avoids the cell
   * itself (Dijkstra; a hidden cell costs nothing, another 1 plus its cost). Ties between paths are
   * broken as they always were: the same queue, fed in the same order (an area's columns, a
   * column's areas, in the grid's order).
   */
  private static boolean closeBridge(
      Grid grid, Cells cells, boolean[] hidden, long[] cost, Cover cover, int bridge) {
    int areas = cells.areaCount;
    int nodes = areas + cells.at[0].length;
    long[] distance = new long[nodes];
    java.util.Arrays.fill(distance, Long.MAX_VALUE);
    int[] viaNode = new int[nodes];
    int[] viaCell = new int[nodes];
    PriorityQueue<long[]> queue = new PriorityQueue<>((x, y) -> Long.compare(x[1], y[1]));
    int start = cells.areaOf[bridge];
    int goal = areas + cells.columnOf[bridge];
    distance[start] = 0;
    queue.add(new long[] {start, 0});
    while (!queue.isEmpty()) {
      long[] head = queue.poll();
      int node = (int) head[0];
      if (head[1] > distance[node]) {
        continue;
      }
      if (node == goal) {
        break;
      }
      boolean isArea = node < areas;
      int others = isArea ? nodes - areas : areas;
      for (int other = 0; other < others; other++) {
        int cell = isArea ? cells.at[node][other] : cells.at[other][node - areas];
        if (cell < 0 || cell == bridge) {
          continue;
        }
        long step = hidden[cell] ? 0 : 1 + cost[cell];
        int next = isArea ? areas + other : other;
        long d = head[1] + step;
        if (d < distance[next]) {
          distance[next] = d;
          viaNode[next] = node;
          viaCell[next] = cell;
          queue.add(new long[] {next, d});
        }
      }
    }
    if (distance[goal] == Long.MAX_VALUE) {
      return false;
    }
    boolean hidAny = false;
    for (int node = goal; node != start; node = viaNode[node]) {
      Quantity q = cells.quantity[viaCell[node]];
      if (!cover.hidden(q)) {
        cover.hide(q);
        hidAny = true;
      }
    }
    return hidAny;
  }
}
