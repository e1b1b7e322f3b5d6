package nl.leamonitor.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.sample.Town.School;
import nl.leamonitor.sample.Town.Wijk;

/**
 * The reference files of a delivery (wijken, postcodes, bevolking, scholen), written from the towns
 * once every life has been simulated and its residents counted.
 */
final class ReferenceFiles {
  private ReferenceFiles() {}

  /**
   * Writes {@code referentie/} in {@code out} for the schooljaren starting in firstYear..lastYear.
   */
  static void write(Path out, List<Town> places, int firstYear, int lastYear) throws IOException {
    Path ref = out.resolve("referentie");
    Files.createDirectories(ref);
    StringBuilder wijken = new StringBuilder("wijk_code;wijk_naam;gemeente_code;gemeente_naam\r\n");
    StringBuilder postcodes = new StringBuilder("postcode;wijk_code\n");
    StringBuilder bevolking = new StringBuilder("jaar,wijk_code,leeftijd,aantal\n");
    StringBuilder scholen = new StringBuilder("brin;vestiging;naam;postcode\n");
    for (Town town : places) {
      for (Wijk w : town.wijken) {
        wijken
            .append(w.code())
            .append(';')
            .append(w.name())
            .append(';')
            .append(town.gemeenteCode)
            .append(';')
            .append(town.gemeenteNaam)
            .append("\r\n");
      }
      for (Wijk w : town.wijken) {
        for (String pc4 : w.pc4s()) {
          postcodes.append(pc4).append(';').append(w.code()).append('\n');
        }
      }
      // The split PC4 belongs to Seghwaert, except its A-L streets, which belong to De Leyens.
      postcodes.append(town.splitPc4).append(';').append(town.wijken.get(7).code()).append('\n');
      for (char first = 'A'; first <= 'L'; first++) {
        for (char second = 'A'; second <= 'Z'; second++) {
          postcodes
              .append(town.splitPc4)
              .append(' ')
              .append(first)
              .append(second)
              .append(';')
              .append(town.wijken.get(6).code())
              .append('\n');
        }
      }
    }
    for (int y = 0; y <= lastYear - firstYear; y++) {
      for (Town town : places) {
        for (int w = 0; w < town.wijken.size(); w++) {
          for (int a = 0; a < 24; a++) {
            bevolking
                .append(firstYear + y)
                .append(',')
                .append(town.wijken.get(w).code())
                .append(',')
                .append(a)
                .append(',')
                .append(town.population[w][y][a])
                .append('\n');
          }
        }
      }
    }
    for (Town town : places) {
      for (School s : town.schools) {
        scholen
            .append(s.brin())
            .append(';')
            .append(s.vestiging())
            .append(';')
            .append(s.name())
            .append(';')
            .append(s.postcode())
            .append('\n');
      }
    }
    Files.writeString(ref.resolve("wijken.csv"), wijken, StandardCharsets.UTF_8);
    Files.writeString(ref.resolve("postcodes.csv"), postcodes, StandardCharsets.UTF_8);
    Files.writeString(ref.resolve("bevolking.csv"), bevolking, StandardCharsets.UTF_8);
    Files.writeString(ref.resolve("scholen.csv"), scholen, StandardCharsets.UTF_8);
  }
}
