package nl.leamonitor.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.sample.Town.School;
import nl.leamonitor.sample.Town.Sector;
import nl.leamonitor.sample.Town.Wijk;

/**
 * The reference files of a delivery (wijken, postcodes, bevolking, scholen, bevolkingsprognose),
 * written from the towns once every life has been simulated and its residents and pupils counted.
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
    StringBuilder scholen = new StringBuilder("brin;vestiging;naam;postcode;capaciteit\n");
    StringBuilder prognose = new StringBuilder("jaar;wijk_code;leeftijd;aantal\n");
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
      // The split PC4 belongs to Seghwaert, except its A-L streets (Buytenwegh de Leyens).
      postcodes.append(town.splitPc4).append(';').append(town.splitSecond().code()).append('\n');
      for (char first = 'A'; first <= 'L'; first++) {
        for (char second = 'A'; second <= 'Z'; second++) {
          postcodes
              .append(town.splitPc4)
              .append(' ')
              .append(first)
              .append(second)
              .append(';')
              .append(town.splitFirst().code())
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
      for (int i = 0; i < town.schools.size(); i++) {
        School s = town.schools.get(i);
        scholen
            .append(s.brin())
            .append(';')
            .append(s.vestiging())
            .append(';')
            .append(s.name())
            .append(';')
            .append(s.postcode())
            .append(';')
            .append(s.sector() == Sector.PO ? Integer.toString(capacity(town, i)) : "")
            .append('\n');
      }
      PopulationForecast.append(prognose, town, lastYear);
    }
    Files.writeString(ref.resolve("wijken.csv"), wijken, StandardCharsets.UTF_8);
    Files.writeString(ref.resolve("postcodes.csv"), postcodes, StandardCharsets.UTF_8);
    Files.writeString(ref.resolve("bevolking.csv"), bevolking, StandardCharsets.UTF_8);
    Files.writeString(ref.resolve("scholen.csv"), scholen, StandardCharsets.UTF_8);
    Files.writeString(ref.resolve("bevolkingsprognose.csv"), prognose, StandardCharsets.UTF_8);
  }

  /**
   * Returns the places of PO school {@code index}: its resident pupils of the last schooljaar times
   * a factor, in tens. The new-build wijk's schools are just full (its growth will not fit), the
   * crowded wijk's are already too small, the ageing wijken have room, and elsewhere it varies from
   * a little short to ample.
   */
  static int capacity(Town town, int index) {
    School school = town.schools.get(index);
    int wijk = town.wijken.indexOf(school.wijk());
    int inWijk = 0;
    for (int i = 0; i < index; i++) {
      inWijk += town.schools.get(i).wijk() == school.wijk() ? 1 : 0;
    }
    double factor =
        switch (school.wijk().outlook()) {
          case NEW_BUILD -> new double[] {1.06, 1.02, 1.1}[inWijk % 3];
          case CROWDED -> new double[] {0.94, 0.97}[inWijk % 2];
          case AGEING -> new double[] {1.12, 1.2, 1.05}[inWijk % 3];
          case STEADY -> new double[] {1.15, 1.0, 1.25, 1.08, 1.3, 0.98}[(wijk + inWijk) % 6];
        };
    return Math.max(10, (int) Math.round(town.lastYearPupils[index] * factor / 10) * 10);
  }
}
