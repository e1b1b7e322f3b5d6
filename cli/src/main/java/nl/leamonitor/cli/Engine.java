package nl.leamonitor.cli;

/** The engines of contract section 5, named as {@code --engine} and {@code lea.yaml} name them. */
public enum Engine {
  duckdb,
  spark
}
