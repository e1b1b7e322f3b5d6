package nl.leamonitor.cli;

import picocli.CommandLine;

/** Prints the version of LEA Monitor and of the engines it runs on. */
final class VersionInfo implements CommandLine.IVersionProvider {
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
