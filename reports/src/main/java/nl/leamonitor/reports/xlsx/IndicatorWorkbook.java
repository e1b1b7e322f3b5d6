package nl.leamonitor.reports.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.analytics.catalogue.Ambition;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.reports.DutchFormat;
import nl.leamonitor.reports.charts.Labels;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code indicatoren.xlsx} for analysts who work in Excel: one sheet per ambition, one for data
 * quality and a legend ({@value #LEGEND}), numbers as numbers (Excel shows them with the reader's
 * Dutch separators), frozen headers with filters, voorlopig rows marked {@code ja}. A suppressed
 * figure is the text {@code x} (never empty, which reads as "not applicable", nor {@code <5}, which
 * reads as a value); a sheet that shows one explains it in a note row under its data.
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

  /** Writes the workbook. */
  public static void write(
      Path target, List<IndicatorRow> rows, List<FileQuality> quality, int minCel)
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
      legend(book.createSheet(LEGEND), header, minCel);
      book.write(out);
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
