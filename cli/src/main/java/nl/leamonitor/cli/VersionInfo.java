package nl.leamonitor.cli;

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
    String version = Lea.class.getPackage().getImplementationVersion();
    return new String[] {
      "LEA Monitor " + (version == null ? "(ontwikkelversie)" : version),
      duckDbVersion(),
      "Spark: " + sparkStatus(),
      "Java " + System.getProperty("java.version")
    };
  }

  /**
   * Returns whether the Spark engine can be loaded the way {@code lea run --engine spark} loads it:
   * from the class path or from {@code LEA_SPARK_LIB}, which the launcher sets.
   */
  private static String sparkStatus() {
    try {
      EngineLocator.find("spark", System.getenv());
      return "beschikbaar";
    } catch (ConfigurationException e) {
      return "niet ge\u00efnstalleerd";
    }
  }

  private static String duckDbVersion() {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT version()")) {
      rs.next();
      return "DuckDB " + rs.getString(1) + " (ingebouwde engine)";
    } catch (java.sql.SQLException e) {
      return "DuckDB: niet te starten (" + e.getMessage() + ")";
    }
  }
}
