package nl.leamonitor.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -h}/{@code --help} and {@code -V}/{@code --version} options of every command, in place
 * of picocli's standard ones, whose descriptions are English.
 */
final class HelpOptions {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Toont deze hulp en stopt.")
  boolean help;

  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      description =
          "Toont de versies van LEA Monitor, DuckDB en Java, en of de Spark-engine"
              + " geïnstalleerd is, en stopt.")
  boolean version;
}
