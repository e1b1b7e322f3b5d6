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
    String duckdb = org.duckdb.DuckDBDriver.class.getPackage().getImplementationVersion();
    return new String[] {
        "LEA Monitor " + (version == null ? "(ontwikkelversie)" : version),
        "DuckDB JDBC " + (duckdb == null ? "onbekend" : duckdb),
        "Java " + System.getProperty("java.version")};
  }
}
