package nl.leamonitor.analytics.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place where DuckDB SQL and Spark SQL differ. Indicator SQL is written once, in the subset
 * both engines share, plus a few named functions expanded here into each engine's SQL:
 *
 * <ul>
 *   <li>{@code peildatum(schooljaar)}: 1 October of the schooljaar's first year;
 *   <li>{@code schooljaar_plus(schooljaar, n)}: the schooljaar n years later (negative: earlier);
 *   <li>{@code leeftijd_op(geboortedatum, datum)}: whole years completed on the date (a birthday
 *       counts);
 *   <li>{@code dagen_tussen(van, tot)}: days from one date to another;
 *   <li>{@code dag_ervoor(datum)}: the day before;
 *   <li>{@code eerste_waarde(waarde, volgorde)}: an aggregate, the value on the group's row with
 *       the lowest volgorde, null when that row's value is null (DuckDB's {@code arg_min} would
 *       skip it); rows whose volgorde is null are skipped (both engines), so {@code case when ...
 *       then volgorde end} takes the first of some rows; null when no row has a volgorde; cheaper
 *       than a {@code row_number()} window over the group when the groups are many and small (one
 *       per person and schooljaar);
 *   <li>{@code {rapportagedatum}}: the run's rapportagedatum as a date literal.
 * </ul>
 */
public enum SqlDialect {
  DUCKDB(
      Map.of(
          "dagen_tussen", "date_diff('day', $1, $2)",
          "dag_ervoor", "(($1) - 1)",
          "eerste_waarde", "arg_min_null($1, $2)")),
  SPARK(
      Map.of(
          "dagen_tussen", "datediff($2, $1)",
          "dag_ervoor", "date_sub($1, 1)",
          "eerste_waarde", "min_by($1, $2)"));

  /** The functions that read the same in both engines, written in their shared SQL. */
  private static final Map<String, String> SHARED =
      Map.of(
          "peildatum", "make_date(cast(left($1, 4) as int), 10, 1)",
          "schooljaar_plus",
              "concat(cast(cast(left($1, 4) as int) + ($2) as string), '-', cast(cast(left($1, 4)"
                  + " as int) + ($2) + 1 as string))",
          "leeftijd_op",
              "(year($2) - year($1) - case when month($2) < month($1) or (month($2) = month($1) and"
                  + " day($2) < day($1)) then 1 else 0 end)");

  private final Map<String, String> own;

  SqlDialect(Map<String, String> own) {
    this.own = own;
  }

  /** Returns the SQL with every named function expanded and the rapportagedatum filled in. */
  public String expand(String sql, LocalDate rapportagedatum) {
    String result = sql.replace("{rapportagedatum}", "DATE '" + rapportagedatum + "'");
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String name :
          List.of(
              "peildatum",
              "schooljaar_plus",
              "leeftijd_op",
              "dagen_tussen",
              "dag_ervoor",
              "eerste_waarde")) {
        String expanded = expandOne(result, name, template(name));
        if (!expanded.equals(result)) {
          result = expanded;
          changed = true;
        }
      }
    }
    return result;
  }

  private String template(String name) {
    return own.getOrDefault(name, SHARED.get(name));
  }

  /** Expands the innermost-first occurrences of one function call. */
  private static String expandOne(String sql, String name, String template) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (true) {
      int at = find(sql, name + "(", i);
      if (at < 0) {
        out.append(sql, i, sql.length());
        return out.toString();
      }
      int open = at + name.length();
      int close = matching(sql, open);
      List<String> args = splitArguments(sql.substring(open + 1, close));
      String body = template;
      for (int a = 0; a < args.size(); a++) {
        body = body.replace("$" + (a + 1), args.get(a).strip());
      }
      out.append(sql, i, at).append(body);
      i = close + 1;
    }
  }

  /** Finds a call that is not part of a longer identifier. */
  private static int find(String sql, String call, int from) {
    int at = sql.indexOf(call, from);
    while (at > 0 && (Character.isLetterOrDigit(sql.charAt(at - 1)) || sql.charAt(at - 1) == '_')) {
      at = sql.indexOf(call, at + 1);
    }
    return at;
  }

  private static int matching(String sql, int open) {
    int depth = 0;
    for (int i = open; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced parentheses in SQL after position " + open);
  }

  private static List<String> splitArguments(String text) {
    List<String> args = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        args.add(text.substring(start, i));
        start = i + 1;
      }
    }
    args.add(text.substring(start));
    return args;
  }
}
