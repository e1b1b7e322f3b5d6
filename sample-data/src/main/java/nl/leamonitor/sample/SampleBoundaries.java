package nl.leamonitor.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes {@code referentie/wijken.geojson} for Zoetermeer: the real boundaries of its nine wijken,
 * CBS/Kadaster's Wijk- en Buurtkaart 2024 (open data, simplified), shipped in this module as {@code
 * zoetermeer-wijken-2024.geojson}. Every map drawn from it credits "Bron: CBS/Kadaster, Wijk- en
 * Buurtkaart 2024". The further towns of a national-scale delivery have no map.
 */
final class SampleBoundaries {
  /** The CBS file, a resource beside this class. */
  static final String RESOURCE = "zoetermeer-wijken-2024.geojson";

  private SampleBoundaries() {}

  /** Writes {@code referentie/wijken.geojson}, a byte-for-byte copy of the CBS file. */
  static void write(Path out) throws IOException {
    try (InputStream in = SampleBoundaries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("de wijkgrenzen van het CBS ontbreken in dit programma: " + RESOURCE);
      }
      Files.copy(
          in,
          out.resolve("referentie").resolve("wijken.geojson"),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
