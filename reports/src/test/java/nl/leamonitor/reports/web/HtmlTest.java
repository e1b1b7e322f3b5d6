package nl.leamonitor.reports.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesTheFiveCharactersOfMarkupAndNothingElse() {
    assertEquals(
        "Oost &amp; &lt;Hof&gt; &quot;de&quot; &#39;t Centrum",
        Html.escape("Oost & <Hof> \"de\" 't Centrum"));
    assertEquals("Buytenwegh de Leyens ▲ ▼ é", Html.escape("Buytenwegh de Leyens ▲ ▼ é"));
    assertEquals("&amp;amp;", Html.escape("&amp;"), "escaped once more: it is text, not markup");
    assertEquals("", Html.escape(null));
  }
}
