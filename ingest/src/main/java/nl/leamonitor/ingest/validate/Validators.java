package nl.leamonitor.ingest.validate;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.pseudonym.PseudonymKey;
import nl.leamonitor.ingest.quality.RejectColumns;
import nl.leamonitor.ingest.quality.RejectWriter;
import nl.leamonitor.ingest.values.BsnMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses a file's validator and checks its columns: the same for every engine. */
public final class Validators {
  private static final Logger LOG = LoggerFactory.getLogger(Validators.class);

  private Validators() {}

  /**
   * Returns a new validator for a file of a dataset. Validators of personal datasets hold a MAC, so
   * each thread needs its own.
   */
  public static RowValidator forFile(
      Dataset dataset, Header header, WijkLookup wijken, Optional<PseudonymKey> key) {
    return switch (dataset) {
      case WIJKEN -> new WijkenValidator(wijken);
      case POSTCODES -> new PostcodesValidator(wijken);
      case BEVOLKING -> BevolkingValidator.counted(wijken);
      case BEVOLKINGSPROGNOSE -> BevolkingValidator.forecast(wijken);
      case SCHOLEN -> new ScholenValidator(wijken);
      case INSCHRIJVINGEN -> new InschrijvingenValidator(new PersonIdentifier(header, key), wijken);
      case VERTRAGINGEN -> new VertragingenValidator(new PersonIdentifier(header, key));
      case VSV -> new VsvValidator(new PersonIdentifier(header, key), wijken);
      case THUISZITTERS -> new ThuiszittersValidator(new PersonIdentifier(header, key), wijken);
      case SCHOOLADVIEZEN -> new SchooladviezenValidator(new PersonIdentifier(header, key));
      // rmc (issue 15)
      case RMC -> new RmcValidator(new PersonIdentifier(header, key), wijken);
    };
  }

  /**
   * Throws the file problem of a missing required column; logs the columns the contract does not
   * know.
   */
  public static void checkColumns(
      String file, Dataset dataset, Header header, RowValidator validator) {
    for (String column : validator.requiredColumns()) {
      if (!header.has(column)) {
        throw header.missing(column);
      }
    }
    Set<String> known = datasetColumns(dataset, validator);
    for (String name : header.names()) {
      if (!known.contains(name)) {
        LOG.warn(
            "{}: kolom '{}' hoort niet bij {} en wordt genegeerd",
            file,
            RejectWriter.protect(BsnMask.inText(name)),
            dataset.lakeName());
      }
    }
  }

  /**
   * Returns the columns the contract names for a dataset: its required and optional columns and,
   * for a personal dataset, {@code leerling_id} and {@code bsn}.
   */
  public static Set<String> datasetColumns(Dataset dataset, RowValidator validator) {
    Set<String> known = new LinkedHashSet<>(validator.requiredColumns());
    known.addAll(validator.optionalColumns());
    if (dataset.personal()) {
      known.add("leerling_id");
      known.add("bsn");
    }
    return known;
  }

  /** Returns the columns a file's reject file keeps: the dataset's own. */
  public static RejectColumns rejectColumns(
      Dataset dataset, Header header, RowValidator validator) {
    return RejectColumns.of(header, datasetColumns(dataset, validator));
  }
}
