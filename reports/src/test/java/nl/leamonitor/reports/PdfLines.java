package nl.leamonitor.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text lines of a PDF as PDFBox places them: per page, the glyphs grouped by their baseline,
 * left to right, with the largest font size on the line. A word split over two lines of a table
 * cell is in no single line whole; a heading at the foot of a page is that page's last line.
 */
final class PdfLines {
  /** Body text ends this far (points) above the page's lower edge; below are note and footer. */
  static final float BODY_BOTTOM = 58;

  /**
   * One line.
   *
   * @param text its glyphs, left to right, with a space where a gap is wider than a third of the
   *     font size
   * @param fontSize the largest font size on it, in points
   * @param fromTop its baseline, in points from the page's top
   */
  record Line(String text, float fontSize, float fromTop) {
    /** Returns the text without spaces, to find a word whatever gaps PDFBox sees inside it. */
    String joined() {
      return text.replace(" ", "");
    }
  }

  private final List<List<Line>> pages = new ArrayList<>();
  private final List<Float> heights = new ArrayList<>();
  private final Set<String> headings = new TreeSet<>();

  PdfLines(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper =
            new PDFTextStripper() {
              @Override
              protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
              }
            };
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        stripper.getText(doc);
        pages.add(lines(glyphs));
        heights.add(doc.getPage(p - 1).getMediaBox().getHeight());
      }
      PDOutlineNode outline = doc.getDocumentCatalog().getDocumentOutline();
      if (outline != null) {
        collect(outline);
      }
    }
  }

  private void collect(PDOutlineNode node) {
    for (PDOutlineItem item : node.children()) {
      headings.add(item.getTitle());
      collect(item);
    }
  }

  /** Returns the titles of all bookmarks, which are the headings. */
  Set<String> headings() {
    return headings;
  }

  int pageCount() {
    return pages.size();
  }

  /** Returns the lines of a page (1-based), top to bottom. */
  List<Line> page(int page) {
    return pages.get(page - 1);
  }

  /** Returns the lines of a page above its note and footer, top to bottom. */
  List<Line> body(int page) {
    float height = heights.get(page - 1);
    return page(page).stream().filter(l -> l.fromTop() < height - BODY_BOTTOM).toList();
  }

  /** Returns the first page (1-based) whose first line is a text, or -1. */
  int pageStartingWith(String text) {
    for (int p = 1; p <= pages.size(); p++) {
      if (!pages.get(p - 1).isEmpty() && pages.get(p - 1).get(0).text().startsWith(text)) {
        return p;
      }
    }
    return -1;
  }

  /** Returns whether a text (spaces aside) stands whole in one line of a page. */
  boolean onOneLine(int page, String text) {
    String joined = text.replace(" ", "");
    return page(page).stream().anyMatch(l -> l.joined().contains(joined));
  }

  private static List<Line> lines(List<TextPosition> glyphs) {
    List<List<TextPosition>> rows = new ArrayList<>();
    glyphs.stream()
        .filter(g -> g.getDir() == 0)
        .sorted(Comparator.comparingDouble(TextPosition::getYDirAdj))
        .forEach(
            g -> {
              List<TextPosition> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
              if (last != null && Math.abs(last.get(0).getYDirAdj() - g.getYDirAdj()) < 1.0) {
                last.add(g);
              } else {
                List<TextPosition> row = new ArrayList<>();
                row.add(g);
                rows.add(row);
              }
            });
    List<Line> lines = new ArrayList<>();
    for (List<TextPosition> row : rows) {
      row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
      StringBuilder text = new StringBuilder();
      float size = 0;
      float end = Float.NaN;
      for (TextPosition g : row) {
        if (!Float.isNaN(end) && g.getXDirAdj() - end > g.getFontSizeInPt() / 3) {
          text.append(' ');
        }
        text.append(g.getUnicode());
        end = g.getXDirAdj() + g.getWidthDirAdj();
        size = Math.max(size, g.getFontSizeInPt());
      }
      lines.add(new Line(text.toString().trim(), size, row.get(0).getYDirAdj()));
    }
    return lines;
  }
}
