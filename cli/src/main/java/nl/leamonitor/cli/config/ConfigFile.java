package nl.leamonitor.cli.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.leamonitor.analytics.compute.EngineFactory;
import nl.leamonitor.cli.Engine;
import nl.leamonitor.cli.option.ShareOption;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.ingest.MemoryLimit;
import nl.leamonitor.reports.Periode;
import nl.leamonitor.reports.Target;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code lea.yaml} into a {@link LeaConfig}. Strings become typed values here, at the
 * boundary; an unknown key, a repeated key or a bad value is an error naming the line.
 */
public final class ConfigFile {
  private static final Set<String> KEYS =
      Set.of(
          "gemeente",
          "sleutelbestand",
          "max_afgekeurd",
          "engine",
          "duckdb_geheugen",
          "min_celgrootte",
          "doelen",
          "periode",
          "lake");

  private ConfigFile() {}

  /** Reads a configuration file. */
  public static LeaConfig read(Path file) {
    if (Files.isDirectory(file)) {
      // Read as a stream, a folder fails inside SnakeYAML, which would tell it as a file that is
      // not text.
      throw new ConfigurationException(
          "Het configuratiebestand "
              + file
              + " is een map, geen bestand. Geef met --config het bestand lea.yaml zelf, zoals "
              + file.resolve("lea.yaml")
              + ".");
    }
    Node root;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Yaml(new LoaderOptions()).compose(reader);
    } catch (MarkedYAMLException e) {
      throw syntaxError(file, e.getProblemMark());
    } catch (YAMLException e) {
      // SnakeYAML reports a byte sequence that is not UTF-8, or a control character, without a
      // place; its text is English, so it is not repeated.
      throw new ConfigurationException(
          "Het configuratiebestand "
              + file
              + " bevat tekens die geen gewone tekst zijn. Sla het op als UTF-8-tekst (in"
              + " Kladblok: Opslaan als, codering UTF-8) en start opnieuw.");
    } catch (IOException e) {
      throw new ConfigurationException(
          "Het configuratiebestand "
              + file
              + " kan niet gelezen worden: "
              + (e instanceof NoSuchFileException
                  ? "het bestaat niet"
                  : e instanceof AccessDeniedException
                      ? "onvoldoende rechten"
                      : e instanceof CharacterCodingException
                          ? "het is geen UTF-8-tekst"
                          : "het besturingssysteem meldt een leesfout")
              + ". Controleer het pad achter --config en de rechten van het bestand.");
    }
    if (root == null) {
      return LeaConfig.empty();
    }
    if (!(root instanceof MappingNode mapping)) {
      throw error(file, root, "het bestand moet sleutels met waarden bevatten (sleutel: waarde)");
    }
    Optional<String> gemeente = Optional.empty();
    Optional<Path> keyFile = Optional.empty();
    Optional<Double> maxRejectShare = Optional.empty();
    Optional<Engine> engine = Optional.empty();
    Optional<MemoryLimit> memory = Optional.empty();
    Optional<Integer> minCel = Optional.empty();
    Optional<Periode> period = Optional.empty();
    Optional<String> lake = Optional.empty();
    java.util.List<Target> targets = java.util.List.of();
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalar(file, tuple.getKeyNode());
      Node valueNode = tuple.getValueNode();
      if (!KEYS.contains(key)) {
        throw error(
            file,
            tuple.getKeyNode(),
            "onbekende sleutel '"
                + key
                + "'; bekende sleutels: "
                + String.join(", ", KEYS.stream().sorted().toList()));
      }
      if (!seen.add(key)) {
        throw error(file, tuple.getKeyNode(), "sleutel '" + key + "' staat er twee keer in");
      }
      if (key.equals("doelen")) {
        targets = targets(file, valueNode);
        continue;
      }
      String value = scalar(file, valueNode);
      switch (key) {
        case "gemeente" -> gemeente = Optional.of(value);
        case "lake" ->
            lake =
                Optional.of(
                    EngineFactory.URI_SCHEME.matcher(value).matches()
                        ? value
                        : file.toAbsolutePath().getParent().resolve(value).toString());
        case "sleutelbestand" ->
            keyFile = Optional.of(file.toAbsolutePath().getParent().resolve(value));
        case "max_afgekeurd" -> maxRejectShare = Optional.of(share(file, valueNode, value));
        case "engine" -> {
          String lower = value.toLowerCase(Locale.ROOT);
          if (!lower.equals("duckdb") && !lower.equals("spark")) {
            throw error(file, valueNode, "engine moet duckdb of spark zijn, niet '" + value + "'");
          }
          engine = Optional.of(Engine.valueOf(lower));
        }
        case "duckdb_geheugen" -> {
          memory =
              Optional.of(
                  MemoryLimit.parse(value)
                      .orElseThrow(
                          () ->
                              error(
                                  file,
                                  valueNode,
                                  "duckdb_geheugen moet een hoeveelheid als 2GB of 512MB zijn, niet"
                                      + " '"
                                      + value
                                      + "'")));
        }
        case "periode" -> {
          period =
              Optional.of(
                  Periode.parse(value)
                      .orElseThrow(
                          () ->
                              error(
                                  file,
                                  valueNode,
                                  "periode heeft de vorm 2025-voorjaar of 2025-najaar, niet '"
                                      + value
                                      + "'")));
        }
        case "min_celgrootte" -> {
          if (!value.matches("[1-9][0-9]{0,3}")) {
            throw error(
                file,
                valueNode,
                "min_celgrootte moet een heel getal van minstens 1 zijn, niet '" + value + "'");
          }
          minCel = Optional.of(Integer.parseInt(value));
        }
        default -> throw new IllegalStateException(key);
      }
    }
    return new LeaConfig(
        gemeente, keyFile, maxRejectShare, engine, memory, minCel, targets, period, lake);
  }

  private static final Set<String> TARGET_KEYS =
      Set.of("indicator", "waarde", "richting", "schooljaar");

  /**
   * Reads {@code doelen}: a list of targets, each with indicator, waarde, richting (hoger/lager)
   * and schooljaar.
   */
  private static java.util.List<Target> targets(Path file, Node node) {
    if (!(node instanceof SequenceNode list)) {
      throw error(file, node, "doelen moet een lijst zijn, met per doel '- indicator: ...'");
    }
    java.util.List<Target> targets = new java.util.ArrayList<>();
    for (Node item : list.getValue()) {
      if (!(item instanceof MappingNode map)) {
        throw error(
            file, item, "elk doel heeft de sleutels indicator, waarde, richting en schooljaar");
      }
      java.util.Map<String, String> fields = new java.util.HashMap<>();
      for (NodeTuple tuple : map.getValue()) {
        String key = scalar(file, tuple.getKeyNode());
        if (!TARGET_KEYS.contains(key)) {
          throw error(
              file,
              tuple.getKeyNode(),
              "onbekende sleutel '"
                  + key
                  + "' in een doel; bekende sleutels: indicator, richting, schooljaar, waarde");
        }
        fields.put(key, scalar(file, tuple.getValueNode()));
      }
      for (String required : java.util.List.of("indicator", "waarde", "richting", "schooljaar")) {
        if (!fields.containsKey(required)) {
          throw error(file, item, "dit doel mist de sleutel '" + required + "'");
        }
      }
      String indicator = fields.get("indicator");
      if (nl.leamonitor.analytics.catalogue.IndicatorCatalogue.ALL.stream()
          .noneMatch(i -> i.id().equals(indicator))) {
        throw error(
            file,
            item,
            "onbekende indicator '"
                + indicator
                + "' in een doel; geldige indicatoren: "
                + nl.leamonitor.analytics.catalogue.IndicatorCatalogue.ALL.stream()
                    .map(i -> i.id())
                    .collect(java.util.stream.Collectors.joining(", ")));
      }
      double value;
      try {
        value = Double.parseDouble(fields.get("waarde").replace(',', '.'));
      } catch (NumberFormatException e) {
        throw error(
            file,
            item,
            "de waarde van een doel moet een getal zijn, niet '" + fields.get("waarde") + "'");
      }
      String direction = fields.get("richting").toLowerCase(Locale.ROOT);
      if (!direction.equals("hoger") && !direction.equals("lager")) {
        throw error(
            file,
            item,
            "de richting van een doel is hoger of lager, niet '" + fields.get("richting") + "'");
      }
      nl.leamonitor.ingest.values.Schooljaar deadline =
          nl.leamonitor.ingest.values.Schooljaar.parse(fields.get("schooljaar"));
      if (deadline == null) {
        throw error(
            file,
            item,
            "het schooljaar van een doel heeft de vorm 2029-2030, niet '"
                + fields.get("schooljaar")
                + "'");
      }
      targets.add(new Target(indicator, value, direction.equals("hoger"), deadline));
    }
    return targets;
  }

  private static double share(Path file, Node node, String value) {
    return ShareOption.parse(value)
        .orElseThrow(
            () ->
                error(
                    file,
                    node,
                    "max_afgekeurd moet een aandeel tussen 0 en 1 zijn (0.05 of 0,05 is 5 %), niet"
                        + " '"
                        + value
                        + "'"));
  }

  /**
   * Returns the error for a file that is not valid YAML, with the place SnakeYAML found the problem
   * and what to check there; SnakeYAML's own text is English and not repeated.
   */
  private static ConfigurationException syntaxError(Path file, Mark mark) {
    int line = mark.getLine() + 1;
    String hint = "";
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (line <= lines.size() && lines.get(line - 1).indexOf('\t') >= 0) {
        hint =
            " Deze regel bevat een tab: YAML springt in met spaties; vervang de tab door spaties.";
      }
    } catch (IOException e) {
      // the file was read a moment ago; without it the hint is left out
    }
    return new ConfigurationException(
        file
            + ", regel "
            + line
            + ", kolom "
            + (mark.getColumn() + 1)
            + ": dit is geen geldige YAML."
            + hint
            + " Controleer deze plek en de regel erboven: elke sleutel staat aan het begin van een"
            + " regel met een dubbele punt en een spatie erachter (gemeente: Zoetermeer), een doel"
            + " begint met '- ' en springt in met spaties, en haakjes en aanhalingstekens worden"
            + " gesloten. Zie lea.yaml.voorbeeld.");
  }

  private static String scalar(Path file, Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue().strip();
    }
    throw error(file, node, "hier hoort een enkele waarde");
  }

  private static ConfigurationException error(Path file, Node node, String message) {
    return new ConfigurationException(
        file + ", regel " + (node.getStartMark().getLine() + 1) + ": " + message + ".");
  }
}
