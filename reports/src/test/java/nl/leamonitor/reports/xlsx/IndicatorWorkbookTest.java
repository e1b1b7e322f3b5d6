package nl.leamonitor.reports.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.analytics.publish.Comparison;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.quality.FileQuality;
import nl.leamonitor.ingest.values.Schooljaar;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook read back with POI: sheets, numbers as numbers, suppressed figures as the text
 * {@code x} with the explanation on the sheet, frozen headers, filters.
 */
class IndicatorWorkbookTest {
  private static final String NOTE =
      "x = niet gepubliceerd: te weinig kinderen, of af te leiden uit andere cijfers (zie blad"
          + " Toelichting).";

  @TempDir Path temp;

  @Test
  void sheetsPerAmbitionWithNumbersAndSuppressedCells() throws Exception {
    IndicatorRow published =
        new IndicatorRow(
            "I09_vve_bereik",
            Schooljaar.of("2023-2024"),
            "wijk",
            "WK000001",
            "Noordwijk",
            "totaal",
            null,
            45L,
            60L,
            75.0,
            62.8,
            84.2,
            55.0,
            90.0,
            Comparison.GELIJK,
            false,
            false);
    IndicatorRow hidden =
        new IndicatorRow(
            "I09_vve_bereik",
            Schooljaar.of("2023-2024"),
            "wijk",
            "WK000002",
            "Oostbroek",
            "totaal",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            true,
            false);
    IndicatorRow count =
        new IndicatorRow(
            "I01_leerlingen",
            Schooljaar.of("2023-2024"),
            "gemeente",
            "GM0001",
            "Stad",
            "sector",
            "PO",
            1234L,
            null,
            1234.0,
            null,
            null,
            null,
            null,
            null,
            false,
            false);
    IndicatorRow hiddenCount =
        new IndicatorRow(
            "I01_leerlingen",
            Schooljaar.of("2023-2024"),
            "wijk",
            "WK000002",
            "Oostbroek",
            "sector",
            "PO",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            true,
            false);
    IndicatorRow voorlopig =
        new IndicatorRow(
            "I04_vsv_percentage",
            Schooljaar.of("2024-2025"),
            "gemeente",
            "GM0001",
            "Stad",
            "totaal",
            null,
            30L,
            1500L,
            2.0,
            1.4,
            2.8,
            1.2,
            3.3,
            null,
            false,
            true);
    Path file = temp.resolve("indicatoren.xlsx");
    IndicatorWorkbook.write(
        file,
        List.of(count, hiddenCount, voorlopig, published, hidden),
        List.of(new FileQuality("inschrijvingen.csv", Dataset.INSCHRIJVINGEN, 10, 8, 1, 1, 0)),
        5);
    try (Workbook book = WorkbookFactory.create(Files.newInputStream(file))) {
      assertEquals(
          List.of(
              "Ambitie 1 Bouwen",
              "Ambitie 2 Gelijke kansen",
              "Ambitie 3 Passende plek",
              "Overgangen",
              "Datakwaliteit",
              "Toelichting"),
          List.of(
              book.getSheetName(0),
              book.getSheetName(1),
              book.getSheetName(2),
              book.getSheetName(3),
              book.getSheetName(4),
              book.getSheetName(5)));
      Sheet transitions = book.getSheet("Overgangen");
      assertEquals("Indicator", transitions.getRow(0).getCell(0).getStringCellValue());
      assertEquals(
          "VVE-bereik doelgroepkinderen", transitions.getRow(1).getCell(0).getStringCellValue());
      assertEquals(CellType.NUMERIC, transitions.getRow(1).getCell(9).getCellType());
      assertEquals(75.0, transitions.getRow(1).getCell(9).getNumericCellValue());
      assertEquals(
          "#,##0.0", transitions.getRow(1).getCell(9).getCellStyle().getDataFormatString());
      // Oostbroek's I09 row is suppressed: teller, noemer, waarde and both interval limits are the
      // text x.
      Row oostbroek = transitions.getRow(2);
      assertEquals("Oostbroek", oostbroek.getCell(3).getStringCellValue());
      for (int c = 7; c <= 11; c++) {
        assertEquals(CellType.STRING, oostbroek.getCell(c).getCellType(), "column " + c);
        assertEquals("x", oostbroek.getCell(c).getStringCellValue(), "column " + c);
      }
      // The explanation under the data, after an empty row and outside the filter.
      assertNull(transitions.getRow(3));
      assertEquals(NOTE, transitions.getRow(4).getCell(0).getStringCellValue());
      assertNotNull(transitions.getPaneInformation());
      assertEquals(1, transitions.getPaneInformation().getHorizontalSplitTopRow());
      assertEquals("Voorlopig", transitions.getRow(0).getCell(13).getStringCellValue());
      assertEquals("nee", transitions.getRow(1).getCell(13).getStringCellValue());
      assertEquals("nee", transitions.getRow(2).getCell(13).getStringCellValue());
      assertEquals(
          "A1:N3",
          ((org.apache.poi.xssf.usermodel.XSSFSheet) transitions)
              .getCTWorksheet()
              .getAutoFilter()
              .getRef());
      Sheet passend = book.getSheet("Ambitie 3 Passende plek");
      assertEquals("2024-2025", passend.getRow(1).getCell(2).getStringCellValue());
      assertEquals(2.0, passend.getRow(1).getCell(9).getNumericCellValue());
      assertEquals("ja", passend.getRow(1).getCell(13).getStringCellValue());
      Sheet building = book.getSheet("Ambitie 1 Bouwen");
      assertEquals("PO", building.getRow(1).getCell(6).getStringCellValue());
      assertEquals("#,##0", building.getRow(1).getCell(7).getCellStyle().getDataFormatString());
      // A suppressed count hides its count and value; it has no noemer or interval, so those stay
      // empty.
      Row hiddenPo = building.getRow(2);
      assertEquals("x", hiddenPo.getCell(7).getStringCellValue());
      assertEquals("x", hiddenPo.getCell(9).getStringCellValue());
      for (int c : new int[] {8, 10, 11}) {
        Cell cell = hiddenPo.getCell(c);
        assertEquals(
            CellType.BLANK, cell == null ? CellType.BLANK : cell.getCellType(), "column " + c);
      }
      assertEquals(NOTE, building.getRow(4).getCell(0).getStringCellValue());

      // A sheet without x has no note.
      assertNull(book.getSheet("Ambitie 2 Gelijke kansen").getRow(1));
      assertNull(book.getSheet("Ambitie 2 Gelijke kansen").getRow(2));

      Sheet quality = book.getSheet("Datakwaliteit");
      assertEquals("inschrijvingen.csv", quality.getRow(1).getCell(0).getStringCellValue());
      assertEquals(10.0, quality.getRow(1).getCell(2).getNumericCellValue());

      Sheet legend = book.getSheet("Toelichting");
      assertEquals("x", legend.getRow(1).getCell(0).getStringCellValue());
      assertEquals(
          "niet gepubliceerd: te weinig kinderen, of af te leiden uit andere cijfers. Een cijfer"
              + " met een teller van 1 tot en met 4 of een noemer onder 5 wordt niet gepubliceerd,"
              + " en zo nodig ook cijfers waaruit het terug te rekenen is. Een x zegt niets over de"
              + " grootte van het cijfer: het kan ook groot zijn, of 0.",
          legend.getRow(1).getCell(1).getStringCellValue());
      assertEquals(5.0, legend.getRow(3).getCell(1).getNumericCellValue());
    }
  }

  @Test
  void theCrossTableOfAdvicesIsItsCellsWithXAndNoTotals() throws Exception {
    // Rows and columns VMBO-GT and HAVO, as CrossTableProtection hands them over: the one cell
    // where the toets is hoger (VMBO-GT x HAVO) suppressed, the others 40, 0 and 55.
    nl.leamonitor.analytics.publish.AdviceCrossTable table =
        new nl.leamonitor.analytics.publish.AdviceCrossTable(
            Schooljaar.of("2023-2024"),
            List.of("VMBO-GT", "HAVO"),
            List.of("VMBO-GT", "HAVO"),
            List.of(
                new nl.leamonitor.analytics.publish.AdviceCrossTable.Cell(
                    "VMBO-GT", "VMBO-GT", false, 40L),
                new nl.leamonitor.analytics.publish.AdviceCrossTable.Cell(
                    "VMBO-GT", "HAVO", true, null),
                new nl.leamonitor.analytics.publish.AdviceCrossTable.Cell(
                    "HAVO", "VMBO-GT", false, 0L),
                new nl.leamonitor.analytics.publish.AdviceCrossTable.Cell(
                    "HAVO", "HAVO", false, 55L)));
    Path file = temp.resolve("advies.xlsx");
    IndicatorWorkbook.write(file, List.of(), List.of(), 5, java.util.Optional.of(table));
    try (Workbook book = WorkbookFactory.create(Files.newInputStream(file))) {
      assertEquals("Advies en toets", book.getSheetName(5));
      Sheet sheet = book.getSheet("Advies en toets");
      assertEquals(
          "Leerlingen in groep 8 van 2023-2024 met een uitslag van de doorstroomtoets (gemeente),"
              + " naar schooladvies (rijen) en toetsadvies (kolommen)",
          sheet.getRow(0).getCell(0).getStringCellValue());
      Row head = sheet.getRow(2);
      assertEquals(3, head.getLastCellNum(), "the corner and two toetsadviezen, no total column");
      assertEquals("HAVO", head.getCell(2).getStringCellValue());
      assertEquals(40.0, sheet.getRow(3).getCell(1).getNumericCellValue());
      assertEquals("x", sheet.getRow(3).getCell(2).getStringCellValue());
      assertEquals(0.0, sheet.getRow(4).getCell(1).getNumericCellValue());
      assertEquals(55.0, sheet.getRow(4).getCell(2).getNumericCellValue());
      assertEquals(3, sheet.getRow(3).getLastCellNum(), "no total column");
      // The cell where the toets is hoger is shaded, the others not.
      assertEquals(
          org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND,
          sheet.getRow(3).getCell(2).getCellStyle().getFillPattern());
      assertEquals(
          org.apache.poi.ss.usermodel.FillPatternType.NO_FILL,
          sheet.getRow(3).getCell(1).getCellStyle().getFillPattern());
      // After the two advice rows an empty row, then the notes: no total row.
      assertNull(sheet.getRow(5));
      assertEquals(
          "Blauw: het toetsadvies is hoger dan het schooladvies (toets hoger); samen zijn deze"
              + " cellen de teller van I12_toetsadvies_hoger.",
          sheet.getRow(6).getCell(0).getStringCellValue());
      assertEquals(
          NOTE
              + " Hier: minder dan 5 leerlingen, of terug te rekenen uit de andere cellen en het"
              + " cijfer van de gemeente.",
          sheet.getRow(7).getCell(0).getStringCellValue());
      assertEquals(
          "Zonder totalen per rij of kolom: daaruit zouden de niet gepubliceerde aantallen te"
              + " berekenen zijn.",
          sheet.getRow(8).getCell(0).getStringCellValue());
      assertEquals(8, sheet.getLastRowNum());
    }
  }

  /** The workbook names a combined advice as the PDF does: PRO/B, not PRO/VMBO-B. */
  @Test
  void aCombinedAdviceHasThePdfsShortLabel() throws Exception {
    nl.leamonitor.analytics.publish.AdviceCrossTable table =
        new nl.leamonitor.analytics.publish.AdviceCrossTable(
            Schooljaar.of("2023-2024"),
            List.of("PRO/VMBO-B", "VMBO-K/VMBO-GT"),
            List.of("PRO/VMBO-B"),
            List.of(
                new nl.leamonitor.analytics.publish.AdviceCrossTable.Cell(
                    "PRO/VMBO-B", "PRO/VMBO-B", false, 30L),
                new nl.leamonitor.analytics.publish.AdviceCrossTable.Cell(
                    "VMBO-K/VMBO-GT", "PRO/VMBO-B", false, 0L)));
    Path file = temp.resolve("kort.xlsx");
    IndicatorWorkbook.write(file, List.of(), List.of(), 5, java.util.Optional.of(table));
    try (Workbook book = WorkbookFactory.create(Files.newInputStream(file))) {
      Sheet sheet = book.getSheet("Advies en toets");
      assertEquals("PRO/B", sheet.getRow(2).getCell(1).getStringCellValue());
      assertEquals("PRO/B", sheet.getRow(3).getCell(0).getStringCellValue());
      assertEquals("VMBO-K/GT", sheet.getRow(4).getCell(0).getStringCellValue());
    }
  }
}
