package nl.leamonitor.ingest.lake;

import java.net.URI;
import java.nio.file.Path;
import nl.leamonitor.ingest.delivery.Dataset;

/**
 * Says where each dataset lives in a lake: a personal dataset in a folder of its own,
 * hive-partitioned by {@value #PARTITION_COLUMN} ({@code inschrijvingen/schooljaar=2024-2025/}), a
 * reference table as one Parquet file under {@code referentie/} (a folder of part files when Spark
 * wrote it). Ingest writes and the indicator engines read through this one type.
 *
 * @param root the lake's folder as a URI ending in a slash: {@code file:}, or under Spark any
 *     Hadoop file system's
 */
public record LakeLayout(URI root) {
  /** The lake's folder name in a run's internal folder. */
  public static final String FOLDER = "lake";

  /** The column by which personal datasets are partitioned. */
  public static final String PARTITION_COLUMN = "schooljaar";

  private static final String REFERENCE_FOLDER = "referentie/";

  /**
   * Creates the layout; a root without a trailing slash gets one, so datasets resolve inside it.
   */
  public LakeLayout {
    if (!root.toString().endsWith("/")) {
      root = URI.create(root + "/");
    }
  }

  /** Returns the layout of a lake in a folder on this machine. */
  public static LakeLayout at(Path folder) {
    return new LakeLayout(folder.toAbsolutePath().toUri());
  }

  /** Returns where a dataset lives relative to the lake's root. */
  public static String relative(Dataset dataset) {
    return dataset.personal()
        ? dataset.lakeName()
        : REFERENCE_FOLDER + dataset.lakeName() + ".parquet";
  }

  /** Returns where a dataset lives. */
  public URI location(Dataset dataset) {
    return root.resolve(relative(dataset));
  }

  /** Returns where a dataset lives, for a lake on this machine ({@code file:}). */
  public Path path(Dataset dataset) {
    return Path.of(location(dataset));
  }

  /**
   * Returns the lake's place as a log names it: a folder on this machine as a path, else the URI.
   */
  public String describe() {
    return "file".equalsIgnoreCase(root.getScheme()) ? Path.of(root).toString() : root.toString();
  }
}
