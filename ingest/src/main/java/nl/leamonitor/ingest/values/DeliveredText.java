package nl.leamonitor.ingest.values;

/**
 * Delivered text read as a person reads it (contract section 1, "Accepted CSV dialects"): what
 * Excel and copy-paste leave behind is not part of a header name or a value.
 *
 * <p>A <em>space</em> is every character Java calls whitespace ({@link Character#isWhitespace}:
 * space, tab, line breaks and the Unicode spaces that may break a line) and every Unicode space
 * separator ({@link Character#isSpaceChar}: also the non-breaking ones, U+00A0, U+2007 and U+202F,
 * which {@link String#strip} keeps), and U+0085 (next line): together every character of Unicode's
 * {@code White_Space} property. A <em>zero-width character</em> is U+200B, U+200C, U+200D, U+2060
 * or U+FEFF (a byte order mark pasted into the middle of a file).
 */
public final class DeliveredText {
  /** The zero-width characters, as {@link #isZeroWidth} tells them. */
  private static final char[] ZERO_WIDTH = {'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'};

  private DeliveredText() {}

  /** Returns whether a character is a space in the sense above. */
  public static boolean isSpace(char c) {
    if (c > ' ' && c < '\u0085') {
      return false; // printable ASCII, DEL and the C1 controls before next line: never a space
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** Returns whether a character is one of the zero-width characters above. */
  public static boolean isZeroWidth(char c) {
    return c >= '\u200B' && (c <= '\u200D' || c == '\u2060' || c == '\uFEFF');
  }

  /**
   * Returns a header name or value as compared: zero-width characters removed wherever they stand,
   * then spaces removed at both ends. Returns the same instance when there is nothing to remove.
   */
  public static String clean(String raw) {
    int zeroWidth = firstZeroWidth(raw);
    String text = zeroWidth < 0 ? raw : without(raw, zeroWidth);
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }

  /**
   * Returns the position of the first zero-width character, or -1. Each is looked for with {@link
   * String#indexOf(int)}, which answers at once for a text of only Latin-1 characters (most values)
   * and is vectorised for others, instead of a loop over every character.
   */
  private static int firstZeroWidth(String raw) {
    int first = -1;
    for (char c : ZERO_WIDTH) {
      int at = raw.indexOf(c);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  /** Returns whether a value is empty once {@linkplain #clean cleaned}. */
  public static boolean isBlank(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!isSpace(c) && !isZeroWidth(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a value with every space and zero-width character removed, also inside it: a postcode
   * {@code 2711<NBSP>AB} is {@code 2711AB}.
   */
  public static String withoutSpaces(String raw) {
    StringBuilder out = null;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean drop = isSpace(c) || isZeroWidth(c);
      if (drop && out == null) {
        out = new StringBuilder(raw.length()).append(raw, 0, i);
      } else if (!drop && out != null) {
        out.append(c);
      }
    }
    return out == null ? raw : out.toString();
  }

  private static String without(String raw, int first) {
    StringBuilder out = new StringBuilder(raw.length()).append(raw, 0, first);
    for (int i = first + 1; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!isZeroWidth(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
