package nl.leamonitor.ingest;

import java.nio.file.Path;
import nl.leamonitor.ingest.lake.LakeLayout;

/**
 * Where a run's ingest writes, in two parts (contract section 4, "Outputs"): aggregate files
 * ({@code datakwaliteit.csv}) into the publication folder, which may be shared whole, and what is
 * about persons, even pseudonymised, into the internal folder, readable by its owner only ({@link
 * OwnerOnly}): {@code afgekeurd/}, the lake and the staging in {@code .werk/}.
 *
 * @param publication the run's publication folder
 * @param internal the run's internal folder, never inside the publication
 */
public record OutputFolders(Path publication, Path internal) {
  /** The scratch folder's name; its caller removes it before the run is published. */
  public static final String WORK = ".werk";

  /** Returns the folder of rejected rows, {@code afgekeurd/} in the internal folder. */
  public Path rejects() {
    return internal.resolve("afgekeurd");
  }

  /** Returns the lake's folder, {@code lake/} in the internal folder. */
  public Path lake() {
    return internal.resolve(LakeLayout.FOLDER);
  }

  /**
   * Returns the scratch folder (staging files, DuckDB's and Spark's spill) in the internal folder.
   */
  public Path work() {
    return internal.resolve(WORK);
  }

  /** Returns {@code datakwaliteit.csv} in the publication folder. */
  public Path dataQuality() {
    return publication.resolve("datakwaliteit.csv");
  }
}
