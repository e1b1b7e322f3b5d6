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
 * {@code indicatoren.xlsx} for analysts who work in Excel: one sheet per ambition and one for
 * data quality, numbers as numbers (Excel shows them with the reader's Dutch separators), frozen
 * headers with filters, suppressed cells as {@code <k}, and voorlopig rows marked {@code ja}.
 */
public final class IndicatorWorkbook {
  /** The columns of the indicator sheets. */
  public static final List<String> COLUMNS = List.of("Indicator", "Code", "Schooljaar", "Gebied", "Gebiedcode",
      "Uitsplitsing", "Categorie", "Teller", "Noemer", "Waarde", "95%-interval laag", "95%-interval hoog", "Vergelijking",
      "Voorlopig");

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
  public static void write(Path target, List<IndicatorRow> rows, List<FileQuality> quality, int minCel) throws IOException {
    // Streaming workbook: rows go straight to the sheet XML instead of an in-memory XML tree,
    // several times faster for a few thousand rows.
    try (SXSSFWorkbook book = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(target)) {
      DataFormat format = book.createDataFormat();
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle header = book.createCellStyle();
      header.setFont(bold);
      CellStyle whole = book.createCellStyle();
      whole.setDataFormat(format.getFormat("#,##0"));
      CellStyle decimal = book.createCellStyle();
      decimal.setDataFormat(format.getFormat("#,##0.0"));
      String suppressed = DutchFormat.suppressed(minCel);
      for (Ambition ambition : List.of(Ambition.BOUWEN, Ambition.GELIJKE_KANSEN, Ambition.PASSENDE_PLEK, Ambition.OVERGANGEN)) {
        Sheet sheet = book.createSheet(sheetName(ambition));
        headerRow(sheet, COLUMNS, header);
        int r = 1;
        for (IndicatorRow row : rows) {
          Indicator indicator = IndicatorCatalogue.byId(row.indicator());
          if (indicator.ambition() != ambition) {
            continue;
          }
          Row x = sheet.createRow(r++);
          x.createCell(0).setCellValue(indicator.label());
          x.createCell(1).setCellValue(row.indicator());
          x.createCell(2).setCellValue(row.schooljaar());
          x.createCell(3).setCellValue(row.gebiedNaam());
          x.createCell(4).setCellValue(row.gebiedCode());
          x.createCell(5).setCellValue(row.uitsplitsing());
          x.createCell(6).setCellValue(row.categorie() == null ? "" : Labels.category(row.categorie()));
          if (row.onderdrukt()) {
            for (int c = 7; c <= 9; c++) {
              x.createCell(c).setCellValue(suppressed);
            }
          } else {
            number(x, 7, row.teller(), whole);
            number(x, 8, row.noemer(), whole);
            number(x, 9, row.waarde(), indicator.isCount() ? whole : decimal);
            number(x, 10, row.ciLaag(), decimal);
            number(x, 11, row.ciHoog(), decimal);
          }
          x.createCell(12).setCellValue(row.vergelijking() == null ? "" : row.vergelijking().label());
          x.createCell(13).setCellValue(row.voorlopig() ? "ja" : "nee");
        }
        finish(sheet, COLUMNS.size(), r);
      }
      Sheet dq = book.createSheet("Datakwaliteit");
      List<String> dqColumns = List.of("Bestand", "Dataset", "Rijen gelezen", "Rijen geaccepteerd", "Duplicaten",
          "Rijen afgekeurd", "Buiten gemeente of onbekend");
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
        number(x, 6, q.outsideGemeente(), whole);
      }
      finish(dq, dqColumns.size(), r);
      book.write(out);
    }
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
