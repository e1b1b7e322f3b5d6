package nl.leamonitor.analytics.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.compute.Cell;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.publish.IndicatorTable;
import nl.leamonitor.ingest.values.Schooljaar;
import org.junit.jupiter.api.Test;

/**
 * Small-number protection on many random tables full of small cells, including the tables that
 * share quantities (I02's teller is I03's noemer): every one must come out with nothing derivable,
 * or the seed is printed.
 */
class RandomTablesProtectionTest {
  private static final int K = 5;

  @Test
  void everyRandomTableIsProtected() {
    SortedMap<String, String> wijken = new TreeMap<>();
    for (int w = 1; w <= 8; w++) {
      wijken.put(String.format("WK%06d", w), "Wijk " + w);
    }
    int suppressedTotal = 0;
    for (long seed = 1; seed <= 150; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      List<IndicatorRow> rows = new ArrayList<>();
      List<Cell> i02 = new ArrayList<>();
      List<Cell> i03 = new ArrayList<>();
      List<Cell> i06 = new ArrayList<>();
      for (String wijk : wijken.keySet()) {
        long population = random.nextInt(3) == 0 ? random.nextInt(8) : 50 + random.nextInt(900);
        long absoluut = random.nextInt(6);
        long relatief = random.nextInt(9);
        long persons =
            Math.max(absoluut, relatief) + random.nextInt((int) Math.min(absoluut, relatief) + 1);
        i02.add(new Cell(Schooljaar.of("2023-2024"), wijk, "totaal", null, persons, population));
        i02.add(
            new Cell(
                Schooljaar.of("2023-2024"),
                wijk,
                "categorie",
                "ABSOLUUT_VERZUIM",
                absoluut,
                population));
        i02.add(
            new Cell(
                Schooljaar.of("2023-2024"),
                wijk,
                "categorie",
                "RELATIEF_VERZUIM",
                relatief,
                population));
        if (persons > 0) {
          i03.add(
              new Cell(
                  Schooljaar.of("2023-2024"),
                  wijk,
                  "totaal",
                  null,
                  random.nextInt((int) persons + 1),
                  persons));
        }
        long[] outcomes = {
          20 + random.nextInt(200), random.nextInt(5), random.nextInt(6), random.nextInt(4)
        };
        long cohort = outcomes[0] + outcomes[1] + outcomes[2] + outcomes[3];
        i06.add(new Cell(Schooljaar.of("2023-2024"), wijk, "totaal", null, outcomes[0], cohort));
        String[] names = {"vo", "vso", "po_so", "niet_gevonden"};
        for (int o = 0; o < 4; o++) {
          i06.add(
              new Cell(
                  Schooljaar.of("2023-2024"), wijk, "uitkomst", names[o], outcomes[o], cohort));
        }
      }
      rows.addAll(
          IndicatorTable.build(
              IndicatorCatalogue.byId("I02_thuiszitters_per_1000"), i02, wijken, "GM0001", "Stad"));
      rows.addAll(
          IndicatorTable.build(
              IndicatorCatalogue.byId("I03_thuiszitters_langer_3_maanden"),
              i03,
              wijken,
              "GM0001",
              "Stad"));
      rows.addAll(
          IndicatorTable.build(
              IndicatorCatalogue.byId("I06_overgang_po_vo"), i06, wijken, "GM0001", "Stad"));
      List<IndicatorRow> published;
      try {
        published = SmallNumberProtection.protect(rows, K).rows();
      } catch (ProtectionFailure e) {
        StringBuilder dump = new StringBuilder();
        rows.stream()
            .filter(r -> r.indicator().startsWith("I02") || r.indicator().startsWith("I03"))
            .forEach(
                r ->
                    dump.append("\n")
                        .append(r.indicator().substring(0, 3))
                        .append(' ')
                        .append(r.gebiedCode())
                        .append(' ')
                        .append(r.categorie())
                        .append(' ')
                        .append(r.teller())
                        .append('/')
                        .append(r.noemer())
                        .append(SmallNumberProtection.primary(r, K) ? " P" : ""));
        throw new AssertionError("seed " + seed + ": " + e.getMessage() + dump, e);
      }
      // The auditor, on the rows as published (placeholders included), must find nothing.
      List<IndicatorRow> truth = new ArrayList<>(rows);
      boolean[] flags = new boolean[truth.size()];
      java.util.Map<List<String>, Boolean> suppressedByKey = new java.util.HashMap<>();
      published.forEach(r -> suppressedByKey.put(key(r), r.onderdrukt()));
      for (int i = 0; i < truth.size(); i++) {
        flags[i] = suppressedByKey.get(key(truth.get(i)));
      }
      assertEquals(List.of(), SmallNumberProtection.audit(truth, flags, K), "seed " + seed);
      suppressedTotal += (int) published.stream().filter(IndicatorRow::onderdrukt).count();
    }
    System.out.println(
        "Willekeurige tabellen: 150 beschermd, "
            + suppressedTotal
            + " rijen onderdrukt, niets afleidbaar");
  }

  private static List<String> key(IndicatorRow r) {
    return java.util.Arrays.asList(r.indicator(), r.gebiedCode(), r.uitsplitsing(), r.categorie());
  }
}
