package nl.leamonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code duckdb_geheugen}: read once into a MemoryLimit, spelled for DuckDB as it was written. */
class MemoryLimitTest {
  @Test
  void readsMegabytesAndGigabytesAndSpellsThemAsWritten() {
    assertEquals(Optional.of(MemoryLimit.gigabytes(2)), MemoryLimit.parse("2GB"));
    assertEquals(Optional.of(MemoryLimit.megabytes(512)), MemoryLimit.parse("512MB"));
    // DuckDB's SET memory_limit and the manifest's duckdb_geheugen take this spelling.
    assertEquals("512MB", MemoryLimit.megabytes(512).toString());
    assertEquals("1GB", MemoryLimit.DEFAULT.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 GB", "2gb", "0GB", "02GB", "2TB", "2", "GB", "1234567MB"})
  void otherFormsAreNotALimit(String text) {
    assertEquals(Optional.empty(), MemoryLimit.parse(text));
  }
}
