package nl.leamonitor.analytics.compute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leamonitor.ingest.lake.SqlResource;

/**
 * One SQL model: a {@code .sql} resource named by its file name, and the models it reads. A model
 * names each model it reads where it reads it, as {@code {{ ref('int_eerste_inschrijving') }}}, the
 * way dbt's {@code ref()} does; the engine derives the order from these names ({@link
 * #dependencies}), so no list of models is kept by hand. Staging models read the lake through
 * {@code {source}} and name no model.
 *
 * <p>The layer follows from the name: {@code stg_*} lives in {@code sql/staging/}, {@code int_*} in
 * {@code sql/intermediate/}, any other name in {@code sql/indicators/}.
 *
 * @param name the file name without {@code .sql}, e.g. {@code int_thuiszitter_cases}
 * @param sql the SQL with every {@code ref()} replaced by the model's name
 * @param reads the models it reads, in the order they first appear
 */
public record SqlModel(String name, String sql, List<String> reads) {
  /** A {@code {{ ref('name') }}} marker; a name is lower case letters, digits and underscores. */
  private static final Pattern REF = Pattern.compile("\\{\\{\\s*ref\\('([a-z0-9_]+)'\\)\\s*}}");

  /** Where a model lives and how an engine builds it. */
  public enum Layer {
    /** A table over one lake dataset ({@code stg_*}), loaded for every delivered dataset. */
    STAGING,
    /** A shared model ({@code int_*}) that several indicators read, materialised once. */
    INTERMEDIATE,
    /** An indicator's model, or a parameterised model that indicators use. */
    INDICATORS;

    /** Returns the layer's folder under {@code sql/}. */
    public String folder() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Returns a model from its text, with its {@code ref()} markers read and replaced. */
  public static SqlModel parse(String name, String text) {
    LinkedHashSet<String> reads = new LinkedHashSet<>();
    Matcher ref = REF.matcher(text);
    StringBuilder sql = new StringBuilder();
    while (ref.find()) {
      reads.add(ref.group(1));
      ref.appendReplacement(sql, ref.group(1));
    }
    ref.appendTail(sql);
    if (sql.indexOf("{{") >= 0) {
      throw new IllegalStateException(
          "SQL-model " + name + " bevat een {{ die geen {{ ref('naam') }} is");
    }
    return new SqlModel(name, sql.toString(), List.copyOf(reads));
  }

  /** Returns the model with a name, loaded from its layer's folder. */
  public static SqlModel load(String name) {
    return parse(
        name,
        text(name)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "SQL-model " + name + " bestaat niet: " + resource(name) + " ontbreekt")));
  }

  /** Returns the layer of a model name. */
  public static Layer layer(String name) {
    if (name.startsWith("stg_")) {
      return Layer.STAGING;
    }
    return name.startsWith("int_") ? Layer.INTERMEDIATE : Layer.INDICATORS;
  }

  /**
   * Returns the classpath resource of a model name, e.g. {@code
   * sql/intermediate/int_thuiszitter_cases.sql}.
   */
  public static String resource(String name) {
    return "sql/" + layer(name).folder() + "/" + name + ".sql";
  }

  /** Returns this model's layer. */
  public Layer layer() {
    return layer(name);
  }

  /**
   * Returns the models this model reads, directly or through others, in an order in which each
   * comes after every model it reads (a depth-first topological sort); this model itself is not in
   * the list.
   *
   * @throws IllegalStateException when a model reads an unknown model or the models read each other
   *     in a cycle
   */
  public List<SqlModel> dependencies() {
    return dependencies(SqlModel::text);
  }

  /**
   * Returns the dependencies, reading each model's text through a lookup (empty: no such model).
   */
  List<SqlModel> dependencies(Function<String, Optional<String>> texts) {
    List<SqlModel> order = new ArrayList<>();
    visit(this, texts, new ArrayList<>(), new HashSet<>(), order);
    order.remove(order.size() - 1);
    return order;
  }

  private static void visit(
      SqlModel model,
      Function<String, Optional<String>> texts,
      List<String> path,
      Set<String> done,
      List<SqlModel> order) {
    path.add(model.name());
    for (String read : model.reads()) {
      if (path.contains(read)) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(read), path.size()));
        cycle.add(read);
        throw new IllegalStateException(
            "SQL-modellen lezen elkaar in een kring: " + String.join(" -> ", cycle));
      }
      if (!done.contains(read)) {
        String text =
            texts
                .apply(read)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "SQL-model "
                                + model.name()
                                + " leest onbekend model "
                                + read
                                + " ("
                                + resource(read)
                                + " bestaat niet)"));
        visit(parse(read, text), texts, path, done, order);
      }
    }
    path.remove(path.size() - 1);
    done.add(model.name());
    order.add(model);
  }

  /** Returns a model's text from the classpath, if there is such a model. */
  private static Optional<String> text(String name) {
    return SqlModel.class.getClassLoader().getResource(resource(name)) == null
        ? Optional.empty()
        : Optional.of(SqlResource.load(resource(name)));
  }
}
