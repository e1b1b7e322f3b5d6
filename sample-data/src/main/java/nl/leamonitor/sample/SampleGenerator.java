package nl.leamonitor.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a synthetic delivery folder in the contract's format: a Zoetermeer-like town whose persons
 * aged 0-23 live coherent school careers over schooljaren 2019-2020 to 2024-2025. Persons are
 * simulated one at a time and their rows streamed to the partner files, so memory does not grow
 * with {@code --personen}; the output depends only on the seed and the size.
 */
public final class SampleGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(SampleGenerator.class);

  /** First schooljaar written (2019-2020). */
  public static final int FIRST_YEAR = 2019;

  /** Last schooljaar written (2024-2025). */
  public static final int LAST_YEAR = 2024;

  /** Persons per gemeente at national scale: about Zoetermeer's 0-23-year-olds. */
  public static final int PERSONS_PER_TOWN = 35_000;

  /** Persons per task of the thread pool. */
  private static final int CHUNK = 2_000;

  private final long seed;
  private final int persons;
  private final int towns;
  private final int firstYear;
  private final int lastYear;

  /**
   * Creates a generator for Zoetermeer: a seed and a number of persons, schooljaren 2019-2020 to
   * 2024-2025.
   */
  public SampleGenerator(long seed, int persons) {
    this(seed, persons, 1, FIRST_YEAR, LAST_YEAR);
  }

  /**
   * Creates a generator for {@code towns} gemeenten (Zoetermeer and copies of its shape), the
   * persons spread over them in turn, for the schooljaren starting in firstYear..lastYear.
   */
  public SampleGenerator(long seed, int persons, int towns, int firstYear, int lastYear) {
    if (persons < 1) {
      throw new IllegalArgumentException("--personen moet minstens 1 zijn");
    }
    if (towns < 1 || towns > 39) {
      throw new IllegalArgumentException(
          "1 tot 39 gemeenten (de PC4-reeksen 3025-3999), niet " + towns);
    }
    this.seed = seed;
    this.persons = persons;
    this.towns = towns;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /**
   * A delivery of a whole country's worth: 3.5 million persons in 39 gemeenten, four schooljaren.
   */
  public static SampleGenerator national(long seed, int persons) {
    return new SampleGenerator(
        seed,
        persons,
        Math.min(39, Math.max(1, persons / PERSONS_PER_TOWN)),
        LAST_YEAR - 3,
        LAST_YEAR);
  }

  /** What was written, for the command's summary. */
  public record Summary(int persons, Map<String, Long> rowsPerFile) {}

  /** Writes the delivery folder. */
  public Summary write(Path out) throws IOException {
    SplittableRandom master = new SplittableRandom(seed);
    int years = lastYear - firstYear + 1;
    List<Town> places = new ArrayList<>();
    places.add(new Town(master.split(), years));
    PartnerFiles files = new PartnerFiles(out, master);
    Set<String> brins = new HashSet<>();
    places.get(0).schools.forEach(s -> brins.add(s.brin()));
    for (int t = 1; t < towns; t++) {
      places.add(new Town(master.split(), t, years, brins));
    }
    SplittableRandom people = master.split();
    Identities ids =
        towns == 1 ? new Identities(people.split()) : Identities.national(people.split());
    // The datasets of contract version 2 draw from a stream split off last, so the older files
    // of a seed are the same bytes as before they existed.
    SplittableRandom later = master.split();
    files.openTransitionFiles(out, later.split());
    // Lives are simulated on every core, a chunk of persons per task; their rows are written in
    // person order on this thread, so the files are the same whatever the number of threads.
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "lea-sample");
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Future<List<LifeOutput>>> inFlight = new ArrayDeque<>();
    long written = 0;
    try {
      for (int start = 0; start < persons; start += CHUNK) {
        List<Life> lives = new ArrayList<>(CHUNK);
        for (int i = start; i < Math.min(persons, start + CHUNK); i++) {
          lives.add(
              new Life(
                  i,
                  places.get(i % towns),
                  people.split(),
                  later.split(),
                  ids.next(),
                  files,
                  firstYear,
                  lastYear));
        }
        inFlight.add(
            pool.submit(
                () -> {
                  List<LifeOutput> outputs = new ArrayList<>(lives.size());
                  for (Life life : lives) {
                    outputs.add(life.live());
                  }
                  return outputs;
                }));
        while (inFlight.size() > 2 * threads || start + CHUNK >= persons && !inFlight.isEmpty()) {
          long before = written;
          written += replay(inFlight.poll());
          if (written / 250_000 > before / 250_000) {
            LOG.info("{} van {} personen geschreven", written, persons);
          }
        }
      }
    } finally {
      pool.shutdownNow();
      files.close();
    }
    ReferenceFiles.write(out, places, firstYear, lastYear);
    if (places.size() == 1) {
      // The default town's map; the national scale's hundreds of wijken have none.
      SampleBoundaries.write(out);
    }
    Files.writeString(
        out.resolve("leesmij.txt"),
        "Aanlevering van de LEA-partners (synthetisch).\n",
        StandardCharsets.UTF_8);
    return new Summary(persons, files.rowsPerFile());
  }

  /** Writes a chunk's outputs in person order; returns the number of persons. */
  private static int replay(Future<List<LifeOutput>> chunk) throws IOException {
    List<LifeOutput> outputs;
    try {
      outputs = chunk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("onderbroken", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    }
    for (LifeOutput output : outputs) {
      output.replay();
    }
    return outputs.size();
  }
}
