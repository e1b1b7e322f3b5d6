package nl.leamonitor.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Column widths: every column at least its longest word, the rest by proportion. */
class ColumnWidthsTest {
  @Test
  void proportionsWhereTheyLeaveEveryWordRoom() {
    // 1 : 1 : 2 of 200 is 50, 50, 100; every minimum fits.
    assertArrayEquals(
        new float[] {50, 50, 100},
        ColumnWidths.fit(new float[] {1, 1, 2}, new float[] {10, 50, 10}, 200),
        1e-4f);
  }

  @Test
  void aColumnBelowItsMinimumGetsItAndTheOthersShareTheRest() {
    // Column 2 needs 60 > 50: it gets 60; 140 is left for 1 : 2, so 46.67 and 93.33.
    assertArrayEquals(
        new float[] {140f / 3, 60, 280f / 3},
        ColumnWidths.fit(new float[] {1, 1, 2}, new float[] {10, 60, 10}, 200),
        1e-4f);
  }

  @Test
  void minimumsWiderThanThePageAreScaledToIt() {
    assertArrayEquals(
        new float[] {200f / 3, 200f / 3, 200f / 3},
        ColumnWidths.fit(new float[] {1, 1, 1}, new float[] {100, 100, 100}, 200),
        1e-4f);
  }

  @Test
  void theWidestWordIsMeasuredInTheEmbeddedFont() {
    ReportFonts fonts = new ReportFonts();
    float gemeente = fonts.bold().getWidthPoint("Gemeente", 7.5f);
    assertEquals(gemeente, ColumnWidths.widest("Gemeente", false, fonts.bold(), 7.5f), 1e-4f);
    // "t.o.v. vorig jaar": the widest of its three words, not the whole header.
    float widest =
        Math.max(
            fonts.bold().getWidthPoint("t.o.v.", 7.5f),
            Math.max(
                fonts.bold().getWidthPoint("vorig", 7.5f),
                fonts.bold().getWidthPoint("jaar", 7.5f)));
    assertEquals(
        widest, ColumnWidths.widest("t.o.v. vorig jaar", false, fonts.bold(), 7.5f), 1e-4f);
    assertEquals(
        fonts.regular().getWidthPoint("+13,9 %-punt", 7.5f),
        ColumnWidths.widest("+13,9 %-punt", true, fonts.regular(), 7.5f),
        1e-4f);
  }
}
