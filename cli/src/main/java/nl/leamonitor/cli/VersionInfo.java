package nl.leamonitor.cli;

import java.util.Map;
import nl.leamonitor.ingest.ConfigurationException;
import picocli.CommandLine;

/** Prints the version of LEA Monitor and of the engines it runs on. */
final class VersionInfo implements CommandLine.IVersionProvider {
  /** Returns LEA Monitor's version, from the jar's manifest. */
  static String leaVersion() {
    String version = Lea.class.getPackage().getImplementationVersion();
    return version == null ? "ontwikkelversie" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "LEA Monitor " + leaVersion(),
      duckDbVersion(),
      sparkStatus(System.getenv()),
      "Java " + System.getProperty("java.version")
    };
  }

  /**
   * Returns whether the Spark engine can be loaded the way {@code lea run --engine spark} loads it:
   * from the class path or from {@code LEA_SPARK_LIB}, which the launcher sets to the folder the
   * build installed the engine in.
   */
  static String sparkStatus(Map<String, String> environment) {
    try {
      EngineLocator.find(Engine.spark.name(), environment);
      return "Spark-engine: ge\u00efnstalleerd";
    } catch (ConfigurationException e) {
      return "Spark-engine: niet ge\u00efnstalleerd (start lea met ./lea, dat haar bouwt en vindt;"
          + " zie README, 'Spark')";
    }
  }

  private static String duckDbVersion() {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT version()")) {
      rs.next();
      return "DuckDB " + rs.getString(1) + " (ingebouwde engine)";
    } catch (java.sql.SQLException e) {
      return "DuckDB: kan niet starten";
    }
  }
}
