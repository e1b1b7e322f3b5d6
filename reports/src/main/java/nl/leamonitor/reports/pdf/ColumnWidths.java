package nl.leamonitor.reports.pdf;

import com.lowagie.text.pdf.BaseFont;

/**
 * Column widths for a table that breaks no word: every column at least as wide as its longest word,
 * the rest of the width shared by the columns' proportions.
 */
final class ColumnWidths {
  private ColumnWidths() {}

  /**
   * Returns the width in points of a text's longest word (split at spaces and line breaks), or of
   * its longest line when {@code whole} (a number with its unit stays on one line; a cell may give
   * its parts a line each, as the change {@code +0,1 %-punt}, its interval and its judgement).
   */
  static float widest(String text, boolean whole, BaseFont font, float size) {
    float widest = 0;
    for (String part : text.split(whole ? "\n" : "[ \n]")) {
      widest = Math.max(widest, font.getWidthPoint(part, size));
    }
    return widest;
  }

  /**
   * Returns widths that add up to {@code total}: a column whose share of the proportions ({@code
   * hints}) is narrower than its {@code minimum} gets its minimum, and the others share what is
   * left by their proportions. When the minimums alone exceed the total, they are scaled down to
   * it.
   */
  static float[] fit(float[] hints, float[] minimum, float total) {
    int n = hints.length;
    float[] widths = new float[n];
    boolean[] atMinimum = new boolean[n];
    boolean changed = true;
    while (changed) {
      changed = false;
      float free = total;
      float shares = 0;
      for (int i = 0; i < n; i++) {
        if (atMinimum[i]) {
          free -= minimum[i];
        } else {
          shares += hints[i];
        }
      }
      for (int i = 0; i < n; i++) {
        if (atMinimum[i]) {
          widths[i] = minimum[i];
        } else {
          widths[i] = shares > 0 ? Math.max(0, free) * hints[i] / shares : 0;
          if (widths[i] < minimum[i]) {
            atMinimum[i] = true;
            changed = true;
          }
        }
      }
    }
    float sum = sum(widths);
    if (sum > total) {
      for (int i = 0; i < n; i++) {
        widths[i] = widths[i] * total / sum;
      }
    }
    return widths;
  }

  /** Returns the sum of widths. */
  static float sum(float[] widths) {
    float sum = 0;
    for (float w : widths) {
      sum += w;
    }
    return sum;
  }
}
