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
    while (changed) {
      changed = false;
      for (Grid grid : grids) {
        if (hiddenCells(grid, cover).equals(settled.get(grid))) {
          continue;
        }
        while (closeOne(grid, cover, unresolvable)) {
          changed = true;
        }
        settled.put(grid, hiddenCells(grid, cover));
      }
    }
  }

  /** Returns which of the grid's cells, in its order, are hidden. */
  private static BitSet hiddenCells(Grid grid, Cover cover) {
    BitSet hidden = new BitSet();
    int i = 0;
    for (Quantity q : grid.cells().values()) {
      if (cover.hidden(q)) {
        hidden.set(i);
      }
      i++;
    }
    return hidden;
  }

  private static boolean closeOne(Grid grid, Cover cover, Set<List<Object>> unresolvable) {
    if (grid.rowEquation()) {
      Set<List<String>> bridges = bridges(grid, cover);
      for (Map.Entry<List<String>, Quantity> cell : grid.cells().entrySet()) {
        String area = cell.getKey().get(0);
        String column = cell.getKey().get(1);
        if (cover.hidden(cell.getValue())
            && bridges.contains(cell.getKey())
            && !unresolvable.contains(List.of(grid.name(), area, column))) {
          if (closeBridge(grid, cover, area, column)) {
            return true;
          }
          unresolvable.add(List.of(grid.name(), area, column));
        }
      }
      return false;
    }
    for (String column : grid.columns()) {
      List<Quantity> cells = new ArrayList<>();
      for (String area : grid.areas()) {
        Quantity q = grid.cell(area, column);
        if (q != null) {
          cells.add(q);
        }
      }
      long hiddenCount = cells.stream().filter(cover::hidden).count();
      if (hiddenCount == 1) {
        Quantity cheapest =
            cells.stream()
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
   * At national scale (hundreds of wijken) this keeps secondary suppression from going cubic.
   */
  static Set<List<String>> bridges(Grid grid, Cover cover) {
    Map<String, List<String[]>> adjacent = new HashMap<>();
    for (Map.Entry<List<String>, Quantity> cell : grid.cells().entrySet()) {
      if (cover.hidden(cell.getValue())) {
        String a = cell.getKey().get(0);
        String c = cell.getKey().get(1);
        adjacent
            .computeIfAbsent("a:" + a, k -> new ArrayList<>())
            .add(new String[] {"c:" + c, a, c});
        adjacent
            .computeIfAbsent("c:" + c, k -> new ArrayList<>())
            .add(new String[] {"a:" + a, a, c});
      }
    }
    Map<String, Integer> discovered = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Set<List<String>> bridges = new HashSet<>();
    for (String root : adjacent.keySet()) {
      if (discovered.containsKey(root)) {
        continue;
      }
      // Iterative DFS; each frame is (node, the cell it was entered by, index of the next edge).
      Deque<Object[]> stack = new ArrayDeque<>();
      discovered.put(root, discovered.size());
      low.put(root, discovered.get(root));
      stack.push(new Object[] {root, null, 0});
      while (!stack.isEmpty()) {
        Object[] frame = stack.peek();
        String node = (String) frame[0];
        List<String> entered = (List<String>) frame[1];
        List<String[]> edges = adjacent.get(node);
        int next = (int) frame[2];
        if (next < edges.size()) {
          frame[2] = next + 1;
          String[] edge = edges.get(next);
          List<String> cell = List.of(edge[1], edge[2]);
          if (cell.equals(entered)) {
            continue;
          }
          if (!discovered.containsKey(edge[0])) {
            discovered.put(edge[0], discovered.size());
            low.put(edge[0], discovered.get(edge[0]));
            stack.push(new Object[] {edge[0], cell, 0});
          } else {
            low.put(node, Math.min(low.get(node), discovered.get(edge[0])));
          }
        } else {
          stack.pop();
          if (!stack.isEmpty()) {
            String parent = (String) stack.peek()[0];
            low.put(parent, Math.min(low.get(parent), low.get(node)));
            if (low.get(node) > discovered.get(parent)) {
              bridges.add(entered);
            }
          }
        }
      }
    }
    return bridges;
  }

  /** Hides the cheapest path of cells from the area to the column that avoids the cell itself. */
  private static boolean closeBridge(Grid grid, Cover cover, String area, String column) {
    Map<String, Long> distance = new HashMap<>();
    Map<String, List<String>> via = new HashMap<>();
    PriorityQueue<Map.Entry<String, Long>> queue =
        new PriorityQueue<>(Map.Entry.comparingByValue());
    String start = "a:" + area;
    String goal = "c:" + column;
    distance.put(start, 0L);
    queue.add(Map.entry(start, 0L));
    while (!queue.isEmpty()) {
      Map.Entry<String, Long> head = queue.poll();
      String node = head.getKey();
      if (head.getValue() > distance.get(node)) {
        continue;
      }
      if (node.equals(goal)) {
        break;
      }
      boolean isArea = node.startsWith("a:");
      String name = node.substring(2);
      for (String other : isArea ? grid.columns() : grid.areas()) {
        String a = isArea ? name : other;
        String c = isArea ? other : name;
        Quantity q = grid.cell(a, c);
        if (q == null || (a.equals(area) && c.equals(column))) {
          continue;
        }
        long step = cover.hidden(q) ? 0 : 1 + cover.cost(q);
        String next = (isArea ? "c:" : "a:") + other;
        long d = head.getValue() + step;
        if (d < distance.getOrDefault(next, Long.MAX_VALUE)) {
          distance.put(next, d);
          via.put(next, List.of(node, a, c));
          queue.add(Map.entry(next, d));
        }
      }
    }
    if (!distance.containsKey(goal)) {
      return false;
    }
    boolean hidAny = false;
    for (String node = goal; !node.equals(start); node = via.get(node).get(0)) {
      List<String> step = via.get(node);
      Quantity q = grid.cell(step.get(1), step.get(2));
      if (!cover.hidden(q)) {
        cover.hide(q);
        hidAny = true;
      }
    }
    return hidAny;
  }
}
