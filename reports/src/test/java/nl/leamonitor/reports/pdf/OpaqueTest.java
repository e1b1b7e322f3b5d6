package nl.leamonitor.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * {@link Opaque#onWhite}: each channel {@code c * a + 255 * (1 - a)}, rounded, with {@code a} the
 * colour's alpha / 255 times the composite's alpha. Expected values by hand beside each case.
 */
class OpaqueTest {
  @Test
  void theIntervalBandOnWhite() {
    // ChartStyle.BAND, #004C80 at alpha 0x40: a = 64/255. R 255 - 64 = 191; G 76 * 64/255 =
    // 19.07 + 191 = 210.07 -> 210; B 128 * 64/255 = 32.13 + 191 = 223.13 -> 223.
    assertEquals(new Color(191, 210, 223), Opaque.onWhite(new Color(0x00, 0x4C, 0x80, 0x40), 1f));
  }

  @Test
  void aCompositesAlphaMultipliesTheColoursOwn() {
    // TrendChart's band: Labels' blue #0072B2 at alpha 70, drawn with the renderer's alpha 0.35:
    // a = 70/255 * 0.35 = 24.5/255. R 255 - 24.5 = 230.5 -> 231 (half up); G 114 * 24.5/255 =
    // 10.95 + 230.5 = 241.45 -> 241; B 178 * 24.5/255 = 17.10 + 230.5 = 247.60 -> 248. (Drawn
    // transparent, before PDF/A, pdftoppm showed the band as 231, 241, 247.)
    assertEquals(new Color(231, 241, 248), Opaque.onWhite(new Color(0x00, 0x72, 0xB2, 70), 0.35f));
    // A composite alone, on an opaque colour: #0072B2 at 0.35: R 255 * 0.65 = 165.75 -> 166;
    // G 114 * 0.35 = 39.9 + 165.75 = 205.65 -> 206; B 178 * 0.35 = 62.3 + 165.75 = 228.05 -> 228.
    assertEquals(new Color(166, 206, 228), Opaque.onWhite(new Color(0x00, 0x72, 0xB2), 0.35f));
  }

  @Test
  void opaqueStaysAsItIsTransparentBecomesWhite() {
    Color blue = new Color(0x00, 0x72, 0xB2);
    assertSame(blue, Opaque.onWhite(blue, 1f));
    // The funnel's label box, white at 220: white.
    assertEquals(Color.WHITE, Opaque.onWhite(new Color(255, 255, 255, 220), 1f));
    // Nothing left of a colour at alpha 0, or at composite alpha 0.
    assertEquals(Color.WHITE, Opaque.onWhite(new Color(0, 0, 0, 0), 1f));
    assertEquals(Color.WHITE, Opaque.onWhite(Color.BLACK, 0f));
    // Black at half: 255 * 0.5 = 127.5 -> 128.
    assertEquals(new Color(128, 128, 128), Opaque.onWhite(new Color(0, 0, 0, 255), 0.5f));
    assertEquals(255, Opaque.onWhite(new Color(0, 0, 0, 128), 1f).getAlpha());
  }

  @Test
  void aGradientHasBothColoursBlendedOtherPaintsStay() {
    GradientPaint g =
        new GradientPaint(0, 0, new Color(0x00, 0x4C, 0x80, 0x40), 10, 0, Color.BLACK, true);
    GradientPaint opaque = (GradientPaint) Opaque.onWhite(g, 1f);
    assertEquals(new Color(191, 210, 223), opaque.getColor1());
    assertEquals(Color.BLACK, opaque.getColor2());
    assertEquals(g.getPoint2(), opaque.getPoint2());
    assertEquals(true, opaque.isCyclic());
    TexturePaint texture =
        new TexturePaint(
            new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB),
            new Rectangle2D.Double(0, 0, 1, 1));
    assertSame(texture, Opaque.onWhite(texture, 0.5f));
  }
}
