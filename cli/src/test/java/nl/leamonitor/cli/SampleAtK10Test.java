package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample at a stricter minimum cell size: the auditor accepts it (the run would fail
 * otherwise), no published figure breaks the rule at k = 10, and protection costs more than at k =
 * 5.
 */
class SampleAtK10Test {
  @TempDir Path temp;

  @Test
  void theSamplePassesTheAuditorAtK10() throws Exception {
    Path out = temp.resolve("out");
    LeaProcess.Result run = LeaProcess.runOnTheSample(temp, "--min-cel", "10");
    assertEquals(0, run.exitCode(), run.stderr());
    SampleRunTest.assertNoPublishedRowBreaksTheRule(out.resolve("latest/indicatoren.csv"), 10);
    JsonNode protection =
        new ObjectMapper()
            .readTree(out.resolve("latest/manifest.json").toFile())
            .path("indicatoren")
            .path("kleine_aantallen");
    assertEquals(10, protection.path("min_celgrootte").asInt());
    assertTrue(run.stderr().contains("(k = 10; controle "), run.stderr());
  }
}
