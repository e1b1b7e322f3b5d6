package nl.leamonitor.reports.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.leamonitor.analytics.catalogue.Ambition;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.publish.AdviceCrossTable;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.reports.DutchFormat;
import nl.leamonitor.reports.charts.Labels;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code indicatoren.xlsx} for analysts who work in Excel: one sheet per ambition, one for data
 * quality and a legend ({@value #LEGEND}), numbers as numbers (Excel shows them with the reader's
 * Dutch separators), frozen headers with filters, voorlopig rows marked {@code ja}. A suppressed
 * figure is the text {@code x} (never empty, which reads as "not applicable", nor {@code <5}, which
 * reads as a value); a sheet that shows one explains it in a note row under its data. Where the run
 * has one, a sheet ({@value #ADVICE}) holds the gemeente's cross-table of schooladvies against
 * toetsadvies: its cells only, as protected, without row or column totals.
 */
public final class IndicatorWorkbook {
  /** The columns of the indicator sheets. */
  public static final List<String> COLUMNS =
      List.of(
          "Indicator",
          "Code",
          "Schooljaar",
          "Gebied",
          "Gebiedcode",
          "Uitsplitsing",
          "Categorie",
          "Teller",
          "Noemer",
          "Waarde",
          "95%-interval laag",
          "95%-interval hoog",
          "Vergelijking",
          "Voorlopig");

  /** The legend sheet's name. */
  public static final String LEGEND = "Toelichting";

  /** The sheet of the cross-table of schooladvies against toetsadvies. */
  public static final String ADVICE = "Advies en toets";

  /** The note under the data of a sheet that shows an x. */
  public static final String SUPPRESSED_NOTE =
      DutchFormat.SUPPRESSED_MEANING + " (zie blad " + LEGEND + ").";

  private IndicatorWorkbook() {}

  /** Returns the sheet name of an ambition. */
  public static String sheetName(Ambition ambition) {
    return switch (ambition) {
      case BOUWEN -> "Ambitie 1 Bouwen";
      case GELIJKE_KANSEN -> "Ambitie 2 Gelijke kansen";
      case PASSENDE_PLEK -> "Ambitie 3 Passende plek";
      case OVERGANGEN -> "Overgangen";
    };
  }

  /** Writes the workbook without a cross-table of advices. */
  public static void write(
      Path target, List<IndicatorRow> rows, List<FileQuality> quality, int minCel)
      throws IOException {
    write(target, rows, quality, minCel, Optional.empty());
  }

  /** Writes the workbook, with the cross-table of advices where there is one. */
  public static void write(
      Path target,
      List<IndicatorRow> rows,
      List<FileQuality> quality,
      int minCel,
      Optional<AdviceCrossTable> crossTable)
      throws IOException {
    // Streaming workbook: rows go straight to the sheet XML instead of an in-memory XML tree,
    // several times faster for a few thousand rows.
    try (SXSSFWorkbook book = new SXSSFWorkbook(500);
        OutputStream out = Files.newOutputStream(target)) {
      DataFormat format = book.createDataFormat();
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle header = book.createCellStyle();
      header.setFont(bold);
      CellStyle whole = book.createCellStyle();
      whole.setDataFormat(format.getFormat("#,##0"));
      CellStyle decimal = book.createCellStyle();
      decimal.setDataFormat(format.getFormat("#,##0.0"));
      for (Ambition ambition :
          List.of(
              Ambition.BOUWEN,
              Ambition.GELIJKE_KANSEN,
              Ambition.PASSENDE_PLEK,
              Ambition.OVERGANGEN)) {
        Sheet sheet = book.createSheet(sheetName(ambition));
        headerRow(sheet, COLUMNS, header);
        int r = 1;
        boolean showsSuppressed = false;
        for (IndicatorRow row : rows) {
          Indicator indicator = IndicatorCatalogue.byId(row.indicator());
          if (indicator.ambition() != ambition) {
            continue;
          }
          Row x = sheet.createRow(r++);
          x.createCell(0).setCellValue(indicator.label());
          x.createCell(1).setCellValue(row.indicator());
          x.createCell(2).setCellValue(row.schooljaar().label());
          x.createCell(3).setCellValue(row.gebiedNaam());
          x.createCell(4).setCellValue(row.gebiedCode());
          x.createCell(5).setCellValue(row.uitsplitsing());
          x.createCell(6)
              .setCellValue(row.categorie() == null ? "" : Labels.category(row.categorie()));
          if (row.onderdrukt()) {
            // Each figure the row would have carries x; a count has no noemer and no interval to
            // hide.
            for (int c = 7; c <= 11; c++) {
              boolean absent = indicator.isCount() && c != 7 && c != 9;
              if (absent) {
                x.createCell(c);
              } else {
                x.createCell(c).setCellValue(DutchFormat.SUPPRESSED);
              }
            }
            showsSuppressed = true;
          } else {
            number(x, 7, row.teller(), whole);
            number(x, 8, row.noemer(), whole);
            number(x, 9, row.waarde(), indicator.isCount() ? whole : decimal);
            number(x, 10, row.ciLaag(), decimal);
            number(x, 11, row.ciHoog(), decimal);
          }
          x.createCell(12)
              .setCellValue(row.vergelijking() == null ? "" : row.vergelijking().label());
          x.createCell(13).setCellValue(row.voorlopig() ? "ja" : "nee");
        }
        finish(sheet, COLUMNS.size(), r);
        if (showsSuppressed) {
          // Under the data after an empty row, outside the filter, so that sorting and filtering
          // leave it alone.
          sheet.createRow(r + 1).createCell(0).setCellValue(SUPPRESSED_NOTE);
        }
      }
      Sheet dq = book.createSheet("Datakwaliteit");
      List<String> dqColumns =
          List.of(
              "Bestand",
              "Dataset",
              "Rijen gelezen",
              "Rijen geaccepteerd",
              "Duplicaten",
              "Rijen afgekeurd",
              "Buiten gemeente of onbekend");
      headerRow(dq, dqColumns, header);
      int r = 1;
      for (FileQuality q : quality) {
        Row x = dq.createRow(r++);
        x.createCell(0).setCellValue(q.file());
        x.createCell(1).setCellValue(q.dataset().lakeName());
        number(x, 2, q.read(), whole);
        number(x, 3, q.accepted(), whole);
        number(x, 4, q.duplicates(), whole);
        number(x, 5, q.rejected(), whole);
        if (q.outsideGemeentePublished().isPresent()) {
          number(x, 6, q.outsideGemeentePublished().getAsLong(), whole);
        }
      }
      finish(dq, dqColumns.size(), r);
      if (crossTable.isPresent()) {
        CellStyle hoger = book.createCellStyle();
        hoger.setDataFormat(format.getFormat("#,##0"));
        hoger.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        hoger.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        adviceSheet(book.createSheet(ADVICE), crossTable.get(), header, whole, hoger, minCel);
      }
      legend(book.createSheet(LEGEND), header, minCel);
      book.write(out);
    }
  }

  /**
   * Writes the cross-table: a title row, a header of toetsadviezen, a row per schooladvies with its
   * counts ({@code x} where suppressed), the cells where the toets is hoger shaded, and notes. No
   * totals: the protection of its cells assumes that none is published.
   */
  private static void adviceSheet(
      Sheet sheet,
      AdviceCrossTable table,
      CellStyle header,
      CellStyle whole,
      CellStyle hoger,
      int minCel) {
    sheet
        .createRow(0)
        .createCell(0)
        .setCellValue(
            "Leerlingen in groep 8 van "
                + table.schooljaar().label()
                + " met een uitslag van de doorstroomtoets (gemeente), naar schooladvies (rijen) en"
                + " toetsadvies (kolommen)");
    Row head = sheet.createRow(2);
    head.createCell(0).setCellValue("Schooladvies \u2193 / toetsadvies \u2192");
    head.getCell(0).setCellStyle(header);
    for (int c = 0; c < table.toetsadviezen().size(); c++) {
      head.createCell(c + 1).setCellValue(Labels.advice(table.toetsadviezen().get(c)));
      head.getCell(c + 1).setCellStyle(header);
    }
    int r = 3;
    for (String schooladvies : table.schooladviezen()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(Labels.advice(schooladvies));
      for (int c = 0; c < table.toetsadviezen().size(); c++) {
        AdviceCrossTable.Cell cell = table.cell(schooladvies, table.toetsadviezen().get(c));
        org.apache.poi.ss.usermodel.Cell x = row.createCell(c + 1);
        if (cell.onderdrukt()) {
          x.setCellValue(DutchFormat.SUPPRESSED);
        } else {
          x.setCellValue(cell.aantal());
        }
        x.setCellStyle(cell.toetsHoger() ? hoger : whole);
      }
    }
    String[] notes = {
      "Blauw: het toetsadvies is hoger dan het schooladvies (toets hoger); samen zijn deze cellen"
          + " de teller van I12_toetsadvies_hoger.",
      SUPPRESSED_NOTE
          + " Hier: minder dan "
          + minCel
          + " leerlingen, of terug te rekenen uit de andere cellen en het cijfer van de gemeente.",
      "Zonder totalen per rij of kolom: daaruit zouden de niet gepubliceerde aantallen te"
          + " berekenen zijn."
    };
    for (int i = 0; i < notes.length; i++) {
      sheet.createRow(r + 1 + i).createCell(0).setCellValue(notes[i]);
    }
    sheet.createFreezePane(1, 3);
    sheet.setColumnWidth(0, 26 * 256);
    for (int c = 1; c <= table.toetsadviezen().size(); c++) {
      sheet.setColumnWidth(c, 14 * 256);
    }
  }

  /** Writes the legend: what x means, and how the numbers are. */
  private static void legend(Sheet sheet, CellStyle header, int minCel) {
    List<List<String>> lines =
        List.of(
            List.of("Teken of begrip", "Betekenis"),
            List.of(
                DutchFormat.SUPPRESSED,
                DutchFormat.SUPPRESSED_MEANING.substring(DutchFormat.SUPPRESSED.length() + 3)
                    + ". Een cijfer met een teller van 1 tot en met "
                    + (minCel - 1)
                    + " of een noemer onder "
                    + minCel
                    + " wordt niet gepubliceerd, en zo nodig ook cijfers waaruit het terug te"
                    + " rekenen is. Een x zegt niets over de grootte van het cijfer: het kan ook"
                    + " groot zijn, of 0."),
            List.of(
                "leeg",
                "Bestaat niet voor deze rij: een aantal (I01) heeft geen noemer en geen interval."),
            List.of("Minimale celgrootte", ""),
            List.of(
                "Getallen",
                "Teller, noemer, waarde en intervallen zijn getallen; Excel toont ze met de"
                    + " scheidingstekens van uw instellingen. Waarde: een percentage, per 1000 of"
                    + " een aantal, naar de indicator (zie rapport.pdf, bijlage B)."));
    for (int i = 0; i < lines.size(); i++) {
      Row row = sheet.createRow(i);
      for (int c = 0; c < 2; c++) {
        row.createCell(c).setCellValue(lines.get(i).get(c));
        if (i == 0) {
          row.getCell(c).setCellStyle(header);
        }
      }
    }
    sheet.getRow(3).getCell(1).setCellValue(minCel); // a number, like every number in the workbook
    sheet.setColumnWidth(0, 22 * 256);
    sheet.setColumnWidth(1, 120 * 256);
  }

  private static void headerRow(Sheet sheet, List<String> columns, CellStyle style) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      row.createCell(i).setCellValue(columns.get(i));
      row.getCell(i).setCellStyle(style);
    }
  }

  private static void number(Row row, int column, Number value, CellStyle style) {
    if (value == null) {
      row.createCell(column);
      return;
    }
    row.createCell(column).setCellValue(value.doubleValue());
    row.getCell(column).setCellStyle(style);
  }

  private static void finish(Sheet sheet, int columns, int rows) {
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
    for (int i = 0; i < columns; i++) {
      sheet.setColumnWidth(i, i == 0 ? 40 * 256 : 16 * 256);
    }
  }
}
