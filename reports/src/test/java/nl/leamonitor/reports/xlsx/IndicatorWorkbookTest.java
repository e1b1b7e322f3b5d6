package nl.leamonitor.reports.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.analytics.publish.Comparison;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.quality.FileQuality;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook read back with POI: sheets, numbers as numbers, suppressed cells as {@code <k}, frozen headers, filters. */
class IndicatorWorkbookTest {
  @TempDir Path temp;

  @Test
  void sheetsPerAmbitionWithNumbersAndSuppressedCells() throws Exception {
    IndicatorRow published = new IndicatorRow("I09_vve_bereik", "2023-2024", "wijk", "WK000001", "Noordwijk", "totaal", null,
        45L, 60L, 75.0, 62.8, 84.2, 55.0, 90.0, Comparison.GELIJK, false, false);
    IndicatorRow hidden = new IndicatorRow("I09_vve_bereik", "2023-2024", "wijk", "WK000002", "Oostbroek", "totaal", null,
        null, null, null, null, null, null, null, null, true, false);
    IndicatorRow count = new IndicatorRow("I01_leerlingen", "2023-2024", "gemeente", "GM0001", "Stad", "sector", "PO",
        1234L, null, 1234.0, null, null, null, null, null, false, false);
    IndicatorRow voorlopig = new IndicatorRow("I04_vsv_percentage", "2024-2025", "gemeente", "GM0001", "Stad", "totaal", null,
        30L, 1500L, 2.0, 1.4, 2.8, 1.2, 3.3, null, false, true);
    Path file = temp.resolve("indicatoren.xlsx");
    IndicatorWorkbook.write(file, List.of(count, voorlopig, published, hidden),
        List.of(new FileQuality("inschrijvingen.csv", Dataset.INSCHRIJVINGEN, 10, 8, 1, 1, 0)), 5);
    try (Workbook book = WorkbookFactory.create(Files.newInputStream(file))) {
      assertEquals(List.of("Ambitie 1 Bouwen", "Ambitie 2 Gelijke kansen", "Ambitie 3 Passende plek", "Overgangen", "Datakwaliteit"),
          List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3), book.getSheetName(4)));
      Sheet transitions = book.getSheet("Overgangen");
      assertEquals("Indicator", transitions.getRow(0).getCell(0).getStringCellValue());
      assertEquals("VVE-bereik doelgroepkinderen", transitions.getRow(1).getCell(0).getStringCellValue());
      assertEquals(CellType.NUMERIC, transitions.getRow(1).getCell(9).getCellType());
      assertEquals(75.0, transitions.getRow(1).getCell(9).getNumericCellValue());
      assertEquals("#,##0.0", transitions.getRow(1).getCell(9).getCellStyle().getDataFormatString());
      assertEquals("<5", transitions.getRow(2).getCell(7).getStringCellValue());
      assertEquals("<5", transitions.getRow(2).getCell(9).getStringCellValue());
      assertNotNull(transitions.getPaneInformation());
      assertEquals(1, transitions.getPaneInformation().getHorizontalSplitTopRow());
      assertEquals("Voorlopig", transitions.getRow(0).getCell(13).getStringCellValue());
      assertEquals("nee", transitions.getRow(1).getCell(13).getStringCellValue());
      assertEquals("nee", transitions.getRow(2).getCell(13).getStringCellValue());
      assertEquals("A1:N3", ((org.apache.poi.xssf.usermodel.XSSFSheet) transitions).getCTWorksheet().getAutoFilter().getRef());
      Sheet passend = book.getSheet("Ambitie 3 Passende plek");
      assertEquals("2024-2025", passend.getRow(1).getCell(2).getStringCellValue());
      assertEquals(2.0, passend.getRow(1).getCell(9).getNumericCellValue());
      assertEquals("ja", passend.getRow(1).getCell(13).getStringCellValue());
      Sheet building = book.getSheet("Ambitie 1 Bouwen");
      assertEquals("PO", building.getRow(1).getCell(6).getStringCellValue());
      assertEquals("#,##0", building.getRow(1).getCell(7).getCellStyle().getDataFormatString());
      Sheet quality = book.getSheet("Datakwaliteit");
      assertEquals("inschrijvingen.csv", quality.getRow(1).getCell(0).getStringCellValue());
      assertEquals(10.0, quality.getRow(1).getCell(2).getNumericCellValue());
    }
  }
}
