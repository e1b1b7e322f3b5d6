package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.leamonitor.sample.SampleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs started together on one output folder: one publishes, the other exits 4 and names the
 * lock's holder.
 */
class ConcurrencyTest {
  @TempDir Path temp;

  @Test
  void oneRunProceedsTheOtherExitsFour() throws Exception {
    new SampleGenerator(9, 6000).write(temp.resolve("aanlevering"));
    String[] args = {
      "run", "--input", "aanlevering", "--out", "uit", "--rapportagedatum", "2025-06-30"
    };
    CompletableFuture<LeaProcess.Result> first = CompletableFuture.supplyAsync(() -> run(args));
    CompletableFuture<LeaProcess.Result> second = CompletableFuture.supplyAsync(() -> run(args));
    List<LeaProcess.Result> results = List.of(first.get(), second.get());
    List<Integer> codes = results.stream().map(LeaProcess.Result::exitCode).sorted().toList();
    assertEquals(List.of(0, 4), codes, results.toString());
    LeaProcess.Result locked =
        results.stream().filter(r -> r.exitCode() == 4).findFirst().orElseThrow();
    String message = locked.stderrLines().get(locked.stderrLines().size() - 1);
    assertTrue(
        message.matches(
            "De uitvoermap uit is in gebruik door een andere run \\(pid \\d+ op .+, gestart"
                + " .+\\)\\. Wacht tot die klaar is en start daarna opnieuw\\."),
        message);
  }

  private LeaProcess.Result run(String... args) {
    try {
      return LeaProcess.runWithKey(temp, args);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
