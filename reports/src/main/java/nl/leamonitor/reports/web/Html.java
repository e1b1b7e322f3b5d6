package nl.leamonitor.reports.web;

/**
 * Escapes text for HTML: the five characters with a meaning in markup, in element content and in
 * attribute values (always quoted with {@code "}). Everything else, Dutch diacritics and the
 * symbols ▲ ▼ included, is written as is into a UTF-8 page.
 */
public final class Html {
  private Html() {}

  /** Returns {@code text} safe in element content and in a double-quoted attribute. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns the opening of the box around a table: it scrolls sideways where the table is wider
   * than the screen, and is reachable with the keyboard and named by the caption for that.
   */
  static String tableBox(String caption) {
    return "<div class=\"tabel\" role=\"group\" tabindex=\"0\" aria-label=\""
        + escape(caption)
        + "\">";
  }
}
