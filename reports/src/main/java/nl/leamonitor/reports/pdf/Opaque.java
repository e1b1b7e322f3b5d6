package nl.leamonitor.reports.pdf;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Paint;

/**
 * Colours without transparency: PDF/A-1 forbids it, so a colour that is partly transparent (a band,
 * a light fill, a composite's alpha) is drawn as the opaque colour it shows on white paper.
 */
public final class Opaque {
  private Opaque() {}

  /**
   * Returns the opaque colour that {@code color}, with its own alpha times {@code alpha} (0 to 1),
   * shows on white: each channel {@code c * a + 255 * (1 - a)}, rounded.
   */
  public static Color onWhite(Color color, float alpha) {
    float a = color.getAlpha() / 255f * Math.max(0f, Math.min(1f, alpha));
    if (a >= 1f) {
      return color.getAlpha() == 255 ? color : new Color(color.getRGB() | 0xFF000000);
    }
    return new Color(
        channel(color.getRed(), a), channel(color.getGreen(), a), channel(color.getBlue(), a));
  }

  /**
   * Returns a paint without transparency: a colour or both colours of a gradient blended on white;
   * other paints as they are.
   */
  public static Paint onWhite(Paint paint, float alpha) {
    if (paint instanceof Color color) {
      return onWhite(color, alpha);
    }
    if (paint instanceof GradientPaint g) {
      return new GradientPaint(
          g.getPoint1(),
          onWhite(g.getColor1(), alpha),
          g.getPoint2(),
          onWhite(g.getColor2(), alpha),
          g.isCyclic());
    }
    return paint;
  }

  private static int channel(int value, float a) {
    return Math.round(value * a + 255 * (1 - a));
  }
}
