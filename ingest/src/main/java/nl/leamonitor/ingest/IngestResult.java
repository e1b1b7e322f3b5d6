package nl.leamonitor.ingest;

import java.net.URI;
import java.util.List;
import nl.leamonitor.ingest.geo.WijkBoundaries;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.ingest.quality.FileReport;

/**
 * What ingest published into a run folder.
 *
 * @param lake the curated lake's folder: a {@code file:} URI, or under Spark any Hadoop file
 *     system's
 * @param quality one reconciled row per file, in datakwaliteit order
 * @param reports what reading each file found (dialect, reject reasons)
 * @param ignoredFiles files of the folder that belong to no dataset
 * @param boundaries the wijken's shapes of {@code referentie/wijken.geojson} and what reading it
 *     warned about; {@link WijkBoundaries#NONE} without the file
 */
public record IngestResult(
    URI lake,
    List<FileQuality> quality,
    List<FileReport> reports,
    List<String> ignoredFiles,
    WijkBoundaries boundaries) {}
