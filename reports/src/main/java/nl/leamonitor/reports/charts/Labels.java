package nl.leamonitor.reports.charts;

import java.awt.Color;
import java.util.Map;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.Scale;

/** Dutch labels for categories and units in charts and tables. */
public final class Labels {
  /** Series colours (Okabe-Ito), for lines and stacked outcomes. */
  static final Color[] SERIES = {
      new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73),
      new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9), new Color(0xD5, 0x5E, 0x00), new Color(0x99, 0x99, 0x99)};

  private static final Map<String, String> CATEGORIES = Map.ofEntries(
      Map.entry("ABSOLUUT_VERZUIM", "absoluut verzuim"), Map.entry("RELATIEF_VERZUIM", "relatief verzuim"),
      Map.entry("BEGRIJPEND_LEZEN", "begrijpend lezen"), Map.entry("REKENEN", "rekenen"),
      Map.entry("SPELLING", "spelling"), Map.entry("TECHNISCH_LEZEN", "technisch lezen"),
      Map.entry("vo", "VO"), Map.entry("vso", "VSO"), Map.entry("po_so", "PO/SO"), Map.entry("mbo", "MBO"),
      Map.entry("hbo", "HBO"), Map.entry("niet_gevonden", "niet gevonden"));

  private Labels() {}

  /** Returns a category's Dutch label. */
  public static String category(String categorie) {
    return CATEGORIES.getOrDefault(categorie, categorie);
  }

  /** Returns the unit for an axis. */
  static String unit(Indicator indicator) {
    return indicator.scale() == Scale.COUNT ? "aantal" : indicator.scale() == Scale.PERCENT ? "%" : "per 1000";
  }

  /** The trend chart's subject: the gemeente's value with its interval band. */
  static final String GEMEENTE_TREND = "gemeente, met 95%-betrouwbaarheidsinterval";
}
