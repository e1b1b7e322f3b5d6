package nl.leamonitor.cli;

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
      "Spark: "
          + (nl.leamonitor.analytics.compute.EngineFactory.find("spark").isPresent()
              ? "beschikbaar"
              : "niet geinstalleerd"),
      "Java " + System.getProperty("java.version")
    };
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
