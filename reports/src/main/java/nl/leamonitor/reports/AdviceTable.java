package nl.leamonitor.reports;

import com.lowagie.text.DocumentException;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.publish.AdviceCrossTable;

/**
 * The gemeente's cross-table of schooladvies (rows) against toetsadvies (columns) in {@code
 * rapport.pdf}, under I12: counts of pupils, {@code x} where suppressed, the cells where the toets
 * is hoger shaded. Only the cells: its protection ({@code CrossTableProtection}) assumes that no
 * row or column total is shown, so none is, and no chart of it.
 */
final class AdviceTable {
  /** The indicator whose cohort the table splits, and under which the report shows it. */
  static final String INDICATOR = "I12_toetsadvies_hoger";

  /** The shade of a cell whose toetsadvies is hoger than its schooladvies (Okabe-Ito sky blue). */
  static final Color TOETS_HOGER = new Color(0xC6, 0xE5, 0xF7);

  private final ReportInput input;
  private final PublishedTable table;

  /** {@code table}: the published rows of {@code input}, already looked up by key. */
  AdviceTable(ReportInput input, PublishedTable table) {
    this.input = input;
    this.table = table;
  }

  /**
   * Returns an advice as the table writes it: a combined advice in the short form of contract
   * section 1, {@code VMBO-K/GT}, {@code PRO/B}.
   */
  static String label(String advice) {
    return nl.leamonitor.reports.charts.Labels.advice(advice);
  }

  /** Returns the header: the corner, then the toetsadviezen. */
  static List<String> header(AdviceCrossTable crossTable) {
    List<String> header = new ArrayList<>();
    header.add("Schooladvies \u2193 / toetsadvies \u2192");
    crossTable.toetsadviezen().forEach(t -> header.add(label(t)));
    return header;
  }

  /** Returns the rows as printed: per schooladvies its label and its cells, x where suppressed. */
  static List<List<String>> rows(AdviceCrossTable crossTable) {
    List<List<String>> rows = new ArrayList<>();
    for (String schooladvies : crossTable.schooladviezen()) {
      List<String> row = new ArrayList<>();
      row.add(label(schooladvies));
      for (String toetsadvies : crossTable.toetsadviezen()) {
        AdviceCrossTable.Cell cell = crossTable.cell(schooladvies, toetsadvies);
        row.add(cell.onderdrukt() ? DutchFormat.SUPPRESSED : DutchFormat.number(cell.aantal()));
      }
      rows.add(row);
    }
    return rows;
  }

  /** Returns per cell its shade: the cells where the toets is hoger. */
  private static List<List<Color>> fills(AdviceCrossTable crossTable) {
    List<List<Color>> fills = new ArrayList<>();
    for (String schooladvies : crossTable.schooladviezen()) {
      List<Color> row = new ArrayList<>();
      row.add(null);
      for (String toetsadvies : crossTable.toetsadviezen()) {
        row.add(crossTable.cell(schooladvies, toetsadvies).toetsHoger() ? TOETS_HOGER : null);
      }
      fills.add(row);
    }
    return fills;
  }

  /**
   * Writes the table under its heading, or where it is missing why; {@code covered}: whether I12
   * has figures at all (without them its section already says why, and nothing is added).
   */
  void write(ReportWriter pdf, boolean covered) throws DocumentException {
    if (input.adviceCrossTable().isEmpty()) {
      if (covered) {
        pdf.note(
            "De tabel van schooladvies tegen toetsadvies staat er niet in: in geen enkel"
                + " schooljaar is die te tonen zonder dat een klein aantal leerlingen uit de"
                + " cellen en het cijfer van de gemeente terug te rekenen is.");
      }
      return;
    }
    AdviceCrossTable crossTable = input.adviceCrossTable().get();
    List<List<String>> rows = rows(crossTable);
    String heading =
        "Schooladvies en toetsadvies in " + crossTable.schooljaar().label() + " (gemeente)";
    pdf.heading(3, heading, 80 + 18f * rows.size());
    pdf.text(
        "Aantal leerlingen in groep 8 van "
            + crossTable.schooljaar().label()
            + " met een uitslag van de doorstroomtoets, naar hun schooladvies (rijen) en hun"
            + " toetsadvies (kolommen). In de blauwe vakken rechts boven de diagonaal is het"
            + " toetsadvies hoger dan het schooladvies (toets hoger): samen zijn zij de teller van"
            + " '"
            + IndicatorCatalogue.byId(INDICATOR).label()
            + "'.");
    float[] widths = new float[crossTable.toetsadviezen().size() + 1];
    java.util.Arrays.fill(widths, 1);
    widths[0] = 1.6f;
    Set<Integer> numeric = new HashSet<>();
    for (int i = 1; i < widths.length; i++) {
      numeric.add(i);
    }
    pdf.table(heading, header(crossTable), rows, widths, numeric, fills(crossTable));
    pdf.note(
        "Blauw: toets hoger. "
            + DutchFormat.SUPPRESSED
            + ": niet gepubliceerd, omdat het om minder dan "
            + input.minCel()
            + " leerlingen gaat of omdat het uit de andere cellen en het cijfer van de gemeente"
            + " terug te rekenen zou zijn. 0: geen leerlingen met dat advies en die toets. De tabel"
            + " heeft bewust geen totalen per rij of kolom: daaruit zouden de niet gepubliceerde"
            + " aantallen te berekenen zijn."
            + (crossTable.schooljaar().equals(latestI12())
                ? ""
                : " Dit is het laatste schooljaar waarvan de tabel getoond kan worden."));
  }

  /** Returns I12's latest final schooljaar, or null. */
  private nl.leamonitor.ingest.values.Schooljaar latestI12() {
    return table.latest(INDICATOR).orElse(null);
  }
}
