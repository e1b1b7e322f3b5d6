package nl.leamonitor.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national-scale shape, at a small size: gemeenten of their own, four schooljaren, no shared
 * codes.
 */
class NationalSampleTest {
  @TempDir Path temp;

  @Test
  void threeGemeentenWithTheirOwnWijkenPostcodesAndSchools() throws IOException {
    SampleGenerator.national(3, 3 * SampleGenerator.PERSONS_PER_TOWN / 50)
        .write(temp); // 2,100 persons: 1 gemeente
    Path small = temp.resolve("klein");
    new SampleGenerator(3, 3_000, 3, 2021, 2024).write(small);

    List<String> wijken = lines(small.resolve("referentie/wijken.csv"));
    // Each gemeente has Zoetermeer's nine wijken under its own codes.
    assertEquals(27, wijken.size());
    assertEquals(Set.of("GM0637", "GM1001", "GM1002"), column(wijken, ";", 2));
    assertEquals(27, column(wijken, ";", 0).size(), "wijk codes are unique");
    assertTrue(wijken.contains("WK100209;Buitengebied;GM1002;Testgemeente 2"));

    List<String> scholen = lines(small.resolve("referentie/scholen.csv"));
    assertEquals(
        scholen.size(), column(scholen, ";", 0).size(), "no BRIN is shared between gemeenten");

    // Town 2's PC4 range starts at 3000 + 25 x 2 with its Centrum; its split PC4 is the 15th,
    // its A-L streets in Buytenwegh de Leyens.
    List<String> postcodes = lines(small.resolve("referentie/postcodes.csv"));
    assertTrue(postcodes.contains("3050;WK100200"));
    assertTrue(postcodes.contains("3064 AA;WK100202"));
    assertTrue(postcodes.contains("3064;WK100203"));

    List<String> bevolking = lines(small.resolve("referentie/bevolking.csv"));
    assertEquals(Set.of("2021", "2022", "2023", "2024"), column(bevolking, ",", 0));
    assertEquals(4 * 27 * 24, bevolking.size());

    Set<String> schooljaren = column(lines(small.resolve("vertragingen_cito_lvs.csv")), ",", 1);
    assertTrue(
        Set.of("2021-2022", "2022-2023", "2023-2024", "2024-2025")
            .containsAll(
                schooljaren.stream()
                    .filter(s -> s.matches("\\d{4}-\\d{4}"))
                    .collect(Collectors.toSet())),
        schooljaren.toString());
    long persons =
        bevolking.stream()
            .filter(l -> l.startsWith("2024,WK1001"))
            .mapToLong(l -> Long.parseLong(l.split(",")[3]))
            .sum();
    assertTrue(
        persons > 800 && persons < 1000,
        "about a third of 3,000 persons lives in each gemeente: " + persons);

    assertEquals(
        1,
        column(lines(temp.resolve("referentie/wijken.csv")), ";", 2).size(),
        "fewer than 35,000 persons: one gemeente");
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).toList();
  }

  private static Set<String> column(List<String> lines, String separator, int index) {
    return lines.stream()
        .map(l -> l.split(separator)[index])
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
