package nl.leamonitor.reports.pdf;

import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Paint;

/**
 * Java2D into PDF without transparency, for PDF/A-1: every paint is drawn opaque ({@link
 * Opaque#onWhite}) and a source-over composite's alpha (JFreeChart's markers and foreground alpha)
 * is blended into the paint instead of written as a transparent graphics state. The chart keeps
 * reading back the paint and composite it set.
 */
final class OpaqueGraphics2D extends PdfGraphics2D {
  private Paint requestedPaint = Color.black;
  private Composite requestedComposite = AlphaComposite.SrcOver;
  private float compositeAlpha = 1f;

  OpaqueGraphics2D(PdfContentByte cb, float width, float height, FontMapper fonts) {
    super(cb, width, height, fonts, false, false, 0);
  }

  private OpaqueGraphics2D(OpaqueGraphics2D parent) {
    super(parent);
    requestedPaint = parent.requestedPaint;
    requestedComposite = parent.requestedComposite;
    compositeAlpha = parent.compositeAlpha;
    // PdfGraphics2D's copy does not carry its composite alpha over; without a composite it
    // applies none.
    super.setComposite(null);
  }

  @Override
  protected PdfGraphics2D createChild() {
    return new OpaqueGraphics2D(this);
  }

  @Override
  public void setPaint(Paint paint) {
    if (paint == null) {
      return;
    }
    requestedPaint = paint;
    super.setPaint(Opaque.onWhite(paint, compositeAlpha));
  }

  @Override
  public void setColor(Color color) {
    setPaint(color);
  }

  @Override
  public Paint getPaint() {
    return requestedPaint;
  }

  @Override
  public Color getColor() {
    return requestedPaint instanceof Color color ? color : Color.black;
  }

  @Override
  public void setBackground(Color color) {
    super.setBackground(Opaque.onWhite(color, 1f));
  }

  @Override
  public void setComposite(Composite composite) {
    requestedComposite = composite;
    compositeAlpha =
        composite instanceof AlphaComposite a && a.getRule() == AlphaComposite.SRC_OVER
            ? a.getAlpha()
            : 1f;
    super.setComposite(null);
    super.setPaint(Opaque.onWhite(requestedPaint, compositeAlpha));
  }

  @Override
  public Composite getComposite() {
    return requestedComposite;
  }

  @Override
  public void clearRect(int x, int y, int width, int height) {
    Paint saved = requestedPaint;
    float savedAlpha = compositeAlpha;
    compositeAlpha = 1f;
    setPaint(getBackground());
    fillRect(x, y, width, height);
    compositeAlpha = savedAlpha;
    setPaint(saved);
  }
}
