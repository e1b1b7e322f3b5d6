package nl.leamonitor.analytics.compute;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One golden fixture folder on the classpath, {@code golden/<indicator>/} or {@code
 * golden/<indicator>+<variant>/}: a hand-sized delivery ({@code levering/}), the expected wijk
 * cells ({@code verwacht.csv}), the schooljaren of the delivery the indicator does not cover with
 * why ({@code dekking.csv}) and the hand computation ({@code README.md}). Shared by the DuckDB and
 * the Spark engine's tests (the analytics test jar).
 *
 * @param name the folder's name: the indicator's id, with {@code +variant} for a further delivery
 * @param folder the folder (in a directory or a jar)
 */
public record GoldenFixture(String name, Path folder) {
  /** The rapportagedatum every fixture is computed with. */
  public static final LocalDate RAPPORTAGEDATUM = LocalDate.of(2024, 6, 30);

  /** The header of {@code verwacht.csv}. */
  public static final String HEADER = "schooljaar,wijk_code,uitsplitsing,categorie,teller,noemer";

  /** The header of {@code dekking.csv}: a schooljaar not covered and what is missing. */
  public static final String COVERAGE_HEADER = "schooljaar,niet_berekend";

  /** Returns the indicator's id: the folder's name up to a {@code +}. */
  public String indicator() {
    int plus = name.indexOf('+');
    return plus < 0 ? name : name.substring(0, plus);
  }

  /** Returns every fixture, in folder-name order. */
  public static List<GoldenFixture> all() throws Exception {
    URL readme = GoldenFixture.class.getClassLoader().getResource("golden/README.md");
    if (readme == null) {
      throw new IllegalStateException("golden/README.md is not on the classpath");
    }
    URI uri = readme.toURI();
    Path root;
    if (uri.getScheme().equals("jar")) {
      try {
        root = FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri).getParent();
      } catch (FileSystemAlreadyExistsException open) {
        root = FileSystems.getFileSystem(uri).provider().getPath(uri).getParent();
      }
    } else {
      root = Path.of(uri).getParent();
    }
    try (Stream<Path> folders = Files.list(root)) {
      return folders
          .filter(Files::isDirectory)
          .map(f -> new GoldenFixture(f.getFileName().toString().replace("/", ""), f))
          .sorted(java.util.Comparator.comparing(GoldenFixture::name))
          .toList();
    }
  }

  /** Returns the expected cells: the lines of {@code verwacht.csv} after its header, sorted. */
  public List<String> expected() throws IOException {
    List<String> lines = Files.readAllLines(folder.resolve("verwacht.csv"), StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalStateException(name + "/verwacht.csv does not start with " + HEADER);
    }
    return lines.stream().skip(1).sorted().toList();
  }

  /**
   * Returns the expected schooljaren not covered: the lines of {@code dekking.csv} after its
   * header, {@code 2023-2024,geen VO-inschrijvingen van 2024-2025}, sorted.
   */
  public List<String> expectedNotCovered() throws IOException {
    List<String> lines = Files.readAllLines(folder.resolve("dekking.csv"), StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(COVERAGE_HEADER)) {
      throw new IllegalStateException(name + "/dekking.csv does not start with " + COVERAGE_HEADER);
    }
    return lines.stream().skip(1).sorted().toList();
  }

  /** Returns an engine's schooljaren not covered as {@code dekking.csv} lines, sorted. */
  public List<String> notCovered(IndicatorEngine engine) throws Exception {
    return engine
        .notCovered(nl.leamonitor.analytics.catalogue.IndicatorCatalogue.byId(indicator()))
        .stream()
        .map(n -> n.schooljaar().label() + "," + n.reasons())
        .sorted()
        .toList();
  }

  /** Returns the hand computation beside the fixture. */
  public String handComputation() throws IOException {
    return Files.readString(folder.resolve("README.md"), StandardCharsets.UTF_8);
  }

  /** Copies the delivery into a work folder, ingests it for real and returns the lake. */
  public Path ingest(Path work) throws Exception {
    Path input = work.resolve("aanlevering");
    Path levering = folder.resolve("levering");
    try (Stream<Path> files = Files.walk(levering)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = input.resolve(levering.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    return GoldenLake.ingest(input, Files.createDirectories(work.resolve("run")));
  }

  /** Returns an engine's cells of the fixture's indicator as {@code verwacht.csv} lines, sorted. */
  public List<String> cells(IndicatorEngine engine) throws Exception {
    List<String> lines = new ArrayList<>();
    for (Cell c :
        engine.compute(nl.leamonitor.analytics.catalogue.IndicatorCatalogue.byId(indicator()))) {
      lines.add(
          String.join(
              ",",
              c.schooljaar().label(),
              c.wijkCode(),
              c.uitsplitsing(),
              c.categorie() == null ? "" : c.categorie(),
              Long.toString(c.teller()),
              c.noemer() == null ? "" : c.noemer().toString()));
    }
    return lines.stream().sorted().toList();
  }

  @Override
  public String toString() {
    return name;
  }
}
