package nl.leamonitor.analytics.protect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Proves that no hidden quantity can be derived from published ones by adding and subtracting
 * along the tables' equations. Independent of how the suppression was chosen: it writes every
 * row and column equation of every grid of a schooljaar as one linear system in the hidden
 * quantities and reports each one that the system determines (a unit vector in its row space,
 * found by Gaussian elimination).
 */
public final class DisclosureAuditor {
  private static final double EPSILON = 1e-9;

  private DisclosureAuditor() {}

  /** Returns the hidden quantities that published figures determine; empty means safe. */
  public static List<Quantity> derivable(List<Grid> grids, Predicate<Quantity> hidden) {
    Map<String, List<Grid>> bySchooljaar = new LinkedHashMap<>();
    for (Grid g : grids) {
      g.cells().values().stream().findFirst()
          .ifPresent(q -> bySchooljaar.computeIfAbsent(q.schooljaar(), k -> new ArrayList<>()).add(g));
    }
    List<Quantity> found = new ArrayList<>();
    for (List<Grid> group : bySchooljaar.values()) {
      found.addAll(derivableInOneSystem(group, hidden));
    }
    return found;
  }

  private static List<Quantity> derivableInOneSystem(List<Grid> grids, Predicate<Quantity> hidden) {
    Map<Quantity, Integer> unknowns = new LinkedHashMap<>();
    for (Grid g : grids) {
      for (Quantity q : g.cells().values()) {
        if (hidden.test(q)) {
          unknowns.putIfAbsent(q, unknowns.size());
        }
      }
    }
    if (unknowns.isEmpty()) {
      return List.of();
    }
    List<double[]> equations = new ArrayList<>();
    for (Grid g : grids) {
      for (List<Quantity> terms : equationsOf(g)) {
        double[] row = new double[unknowns.size()];
        boolean any = false;
        for (int i = 0; i < terms.size(); i++) {
          Quantity q = terms.get(i);
          Integer column = q == null ? null : unknowns.get(q);
          if (column != null) {
            // The last term of each equation is its total, with coefficient -1.
            row[column] += i == terms.size() - 1 ? -1 : 1;
            any = true;
          }
        }
        if (any) {
          equations.add(row);
        }
      }
    }
    List<Quantity> names = new ArrayList<>(unknowns.keySet());
    List<Quantity> determined = new ArrayList<>();
    double[][] reduced = rowReduce(equations.toArray(new double[0][]), unknowns.size());
    for (double[] row : reduced) {
      int nonZero = -1;
      int count = 0;
      for (int j = 0; j < row.length; j++) {
        if (Math.abs(row[j]) > EPSILON) {
          nonZero = j;
          count++;
        }
      }
      if (count == 1) {
        determined.add(names.get(nonZero));
      }
    }
    return determined;
  }

  /**
   * Returns each equation of a grid as its terms, the total last: per area (with a row
   * equation) its columns then its margin; per column its wijken then the gemeente. Absent
   * cells are null (known zeros).
   */
  static List<List<Quantity>> equationsOf(Grid g) {
    List<List<Quantity>> equations = new ArrayList<>();
    List<String> wijken = g.areas().subList(0, g.areas().size() - 1);
    for (String column : g.columns()) {
      List<Quantity> terms = new ArrayList<>();
      for (String w : wijken) {
        terms.add(g.cell(w, column));
      }
      terms.add(g.cell(g.gemeente(), column));
      equations.add(terms);
    }
    if (g.rowEquation()) {
      for (String area : g.areas()) {
        List<Quantity> terms = new ArrayList<>();
        for (String column : g.columns()) {
          terms.add(g.cell(area, column));
        }
        equations.add(terms);
      }
    }
    return equations;
  }

  /** Returns the reduced row echelon form's non-zero rows. */
  private static double[][] rowReduce(double[][] a, int columns) {
    int rank = 0;
    for (int c = 0; c < columns && rank < a.length; c++) {
      int pivot = -1;
      double best = EPSILON;
      for (int r = rank; r < a.length; r++) {
        if (Math.abs(a[r][c]) > best) {
          best = Math.abs(a[r][c]);
          pivot = r;
        }
      }
      if (pivot < 0) {
        continue;
      }
      double[] tmp = a[rank];
      a[rank] = a[pivot];
      a[pivot] = tmp;
      double p = a[rank][c];
      for (int j = 0; j < columns; j++) {
        a[rank][j] /= p;
      }
      for (int r = 0; r < a.length; r++) {
        if (r != rank && Math.abs(a[r][c]) > EPSILON) {
          double f = a[r][c];
          for (int j = 0; j < columns; j++) {
            a[r][j] -= f * a[rank][j];
          }
        }
      }
      rank++;
    }
    double[][] result = new double[rank][];
    System.arraycopy(a, 0, result, 0, rank);
    return result;
  }

  /** Returns a readable list of quantities, for messages. */
  public static String describe(List<Quantity> quantities) {
    Map<String, Integer> seen = new HashMap<>();
    StringBuilder text = new StringBuilder();
    for (Quantity q : quantities) {
      String s = (q.kind() == 'T' ? "teller" : "noemer") + " " + q.indicator() + " " + q.schooljaar() + " " + q.area()
          + (q.categorie().isEmpty() ? "" : " " + q.categorie());
      if (seen.merge(s, 1, Integer::sum) == 1) {
        text.append(text.length() == 0 ? "" : "; ").append(s);
      }
    }
    return text.toString();
  }
}
