package nl.leamonitor.ingest.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.geo.WijkBoundaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises the files of a delivery folder by name (case-insensitive prefix for personal datasets,
 * fixed names under {@code referentie/}) and orders each dataset's files by name in byte order, the
 * "first" order of the contract.
 */
public final class DeliveryFolder {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryFolder.class);

  /** Orders names by their UTF-8 bytes, unsigned: the contract's byte order. */
  public static final Comparator<String> BYTE_ORDER =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private final DeliveryStore store;
  private final Map<Dataset, List<DeliveryFile>> files;
  private final List<String> ignored;
  private final String boundaries;

  private DeliveryFolder(
      DeliveryStore store,
      Map<Dataset, List<DeliveryFile>> files,
      List<String> ignored,
      String boundaries) {
    this.store = store;
    this.files = files;
    this.ignored = ignored;
    this.boundaries = boundaries;
  }

  /** Scans a folder on this machine's disk. */
  public static DeliveryFolder scan(Path root) {
    return scan(new LocalDeliveryStore(root));
  }

  /**
   * Scans a folder; a missing folder is a usage error, a missing required dataset an input problem.
   */
  public static DeliveryFolder scan(DeliveryStore store) {
    String root = store.location();
    Map<Dataset, List<DeliveryFile>> files = new EnumMap<>(Dataset.class);
    for (Dataset d : Dataset.values()) {
      files.put(d, new ArrayList<>());
    }
    List<String> ignored = new ArrayList<>();
    String boundaries = null;
    try {
      if (!store.isFolder()) {
        throw new ConfigurationException(
            "De invoermap "
                + root
                + " bestaat niet of is geen map. Geef met --input de map met de aangeleverde"
                + " CSV-bestanden.");
      }
      for (String name : store.list()) {
        Dataset dataset = classify(name);
        if (name.equalsIgnoreCase(WijkBoundaries.FILE)) {
          // Not a CSV dataset: read for the maps only (WijkBoundariesReader).
          boundaries = name;
        } else if (dataset == null) {
          ignored.add(name);
        } else {
          files.get(dataset).add(new DeliveryFile(name, dataset, store));
        }
      }
    } catch (IOException e) {
      throw new InputRejectedException(
          new FileProblem(
              root,
              0,
              null,
              "de invoermap kan niet gelezen worden (" + e.getClass().getSimpleName() + ")",
              "Controleer de rechten op de map."));
    }
    for (List<DeliveryFile> list : files.values()) {
      list.sort(Comparator.comparing(DeliveryFile::name, BYTE_ORDER));
    }
    ignored.sort(BYTE_ORDER);
    for (String name : ignored) {
      LOG.warn("{}: genegeerd, de naam hoort bij geen dataset van het contract", name);
    }
    List<FileProblem> missing = new ArrayList<>();
    for (Dataset d : Dataset.values()) {
      if (d.required() && files.get(d).isEmpty()) {
        missing.add(
            new FileProblem(
                d.fileNamePattern(),
                0,
                null,
                "verplicht bestand ontbreekt in " + root,
                "Lever " + d.fileNamePattern() + " aan."));
      }
    }
    if (!missing.isEmpty()) {
      throw new InputRejectedException(missing);
    }
    return new DeliveryFolder(store, files, ignored, boundaries);
  }

  static Dataset classify(String relativeName) {
    String lower = relativeName.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".csv")) {
      return null;
    }
    if (lower.startsWith("referentie/")) {
      for (Dataset d : Dataset.values()) {
        if (!d.personal() && lower.equals("referentie/" + d.lakeName() + ".csv")) {
          return d;
        }
      }
      return null;
    }
    if (lower.contains("/")) {
      return null;
    }
    for (Dataset d : Dataset.values()) {
      if (d.personal() && lower.startsWith(d.lakeName())) {
        return d;
      }
    }
    return null;
  }

  /** Returns where the folder is. */
  public DeliveryStore store() {
    return store;
  }

  /** Returns a recognised file by its relative name. */
  public java.util.Optional<DeliveryFile> file(String name) {
    return allFiles().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Returns a dataset's files in byte order of their names (empty when not delivered). */
  public List<DeliveryFile> files(Dataset dataset) {
    return files.get(dataset);
  }

  /** Returns every recognised file, datasets in ingest order, each in byte order. */
  public List<DeliveryFile> allFiles() {
    List<DeliveryFile> all = new ArrayList<>();
    for (Dataset d : Dataset.values()) {
      all.addAll(files.get(d));
    }
    return all;
  }

  /** Returns the name of the delivery's {@code referentie/wijken.geojson}, if it has one. */
  public java.util.Optional<String> boundariesFile() {
    return java.util.Optional.ofNullable(boundaries);
  }

  /** Returns the names of files that were ignored. */
  public List<String> ignored() {
    return ignored;
  }
}
