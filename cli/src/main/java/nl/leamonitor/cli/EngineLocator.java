package nl.leamonitor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import nl.leamonitor.analytics.compute.EngineFactory;
import nl.leamonitor.ingest.ConfigurationException;

/**
 * Finds the engine for {@code --engine}. DuckDB is always on the classpath. Spark is on it under
 * {@code spark-submit}; otherwise the launcher names the built engine-spark folder in {@code
 * LEA_SPARK_LIB} and the engine and Spark's jars are loaded in a class loader of their own, so a
 * DuckDB run never loads or ships Spark.
 */
final class EngineLocator {
  /**
   * The environment variable with the folder holding {@code lea-engine-spark.jar} and {@code
   * spark-lib/}.
   */
  static final String SPARK_LIB = "LEA_SPARK_LIB";

  private EngineLocator() {}

  static EngineFactory find(String name, Map<String, String> environment) {
    Optional<EngineFactory> onClasspath = EngineFactory.find(name);
    if (onClasspath.isPresent()) {
      return onClasspath.get();
    }
    String folder = environment.get(SPARK_LIB);
    if (folder != null && Files.isRegularFile(Path.of(folder, "lea-engine-spark.jar"))) {
      ClassLoader loader =
          new URLClassLoader(
              "spark-engine", jars(Path.of(folder)), EngineLocator.class.getClassLoader());
      // Spark loads its data sources and codecs through the context class loader.
      Thread.currentThread().setContextClassLoader(loader);
      for (EngineFactory factory : ServiceLoader.load(EngineFactory.class, loader)) {
        if (factory.name().equals(name)) {
          return factory;
        }
      }
    }
    throw new ConfigurationException(
        "De engine '"
            + name
            + "' is niet gevonden. Start lea met ./lea (dat bouwt de Spark-engine"
            + " en zet "
            + SPARK_LIB
            + "), of op een cluster met spark-submit en --jars"
            + " engine-spark/target/lea-engine-spark.jar (zie README, 'Spark').");
  }

  private static URL[] jars(Path folder) {
    List<URL> urls = new ArrayList<>();
    try (Stream<Path> spark = Files.list(folder.resolve("spark-lib"))) {
      urls.add(folder.resolve("lea-engine-spark.jar").toUri().toURL());
      for (Path jar : spark.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        urls.add(jar.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "de Spark-bibliotheken in " + folder + " konden niet gelezen worden", e);
    }
    return urls.toArray(URL[]::new);
  }
}
