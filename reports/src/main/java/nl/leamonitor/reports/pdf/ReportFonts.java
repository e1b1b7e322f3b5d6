package nl.leamonitor.reports.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, shipped in the jar and embedded in every PDF, for text and charts alike: the same
 * glyphs on every machine, and charts measured with the font they are drawn in.
 */
public final class ReportFonts implements FontMapper {
  /** The AWT family name of the shipped font. */
  public static final String FAMILY = "DejaVu Sans";

  private final BaseFont regular;
  private final BaseFont bold;

  /** Loads the fonts and registers them with AWT for chart layout. */
  public ReportFonts() {
    byte[] regularBytes = read("fonts/DejaVuSans.ttf");
    byte[] boldBytes = read("fonts/DejaVuSans-Bold.ttf");
    try {
      regular =
          BaseFont.createFont(
              "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, regularBytes, null);
      bold =
          BaseFont.createFont(
              "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, boldBytes, null);
      GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
      env.registerFont(
          java.awt.Font.createFont(
              java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(regularBytes)));
      env.registerFont(
          java.awt.Font.createFont(
              java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(boldBytes)));
    } catch (IOException | FontFormatException | com.lowagie.text.DocumentException e) {
      throw new IllegalStateException("het lettertype van de rapporten kon niet geladen worden", e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lettertype ontbreekt op het classpath: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a PDF font of a size and style ({@link Font#NORMAL}, {@link Font#BOLD}, {@link
   * Font#ITALIC}) and colour.
   */
  public Font font(float size, int style, java.awt.Color color) {
    BaseFont base = (style & Font.BOLD) != 0 ? bold : regular;
    return new Font(base, size, style & Font.ITALIC, color);
  }

  /** Returns an AWT font for charts. */
  public static java.awt.Font awt(int style, float size) {
    return new java.awt.Font(FAMILY, style, Math.round(size)).deriveFont(size);
  }

  public BaseFont regular() {
    return regular;
  }

  public BaseFont bold() {
    return bold;
  }

  @Override
  public BaseFont awtToPdf(java.awt.Font font) {
    return font.isBold() ? bold : regular;
  }

  @Override
  public java.awt.Font pdfToAwt(BaseFont font, int size) {
    return awt(font == bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, size);
  }
}
