package nl.leamonitor.reports.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.reports.DutchFormat;

/** Dutch labels for categories and units in charts and tables. */
public final class Labels {
  /** Series colours (Okabe-Ito), for lines and stacked outcomes. */
  static final Color[] SERIES = {
    new Color(0x00, 0x72, 0xB2),
    new Color(0xE6, 0x9F, 0x00),
    new Color(0x00, 0x9E, 0x73),
    new Color(0xCC, 0x79, 0xA7),
    new Color(0x56, 0xB4, 0xE9),
    new Color(0xD5, 0x5E, 0x00),
    new Color(0x99, 0x99, 0x99)
  };

  /** The names of the {@link #SERIES} colours, for a text that says which line is which. */
  static final String[] SERIES_NAMES = {
    "blauw", "oranje", "groen", "roze", "lichtblauw", "rood", "grijs"
  };

  /**
   * One colour per outcome of a transition, the same in every chart whichever transition it belongs
   * to (Okabe-Ito, readable with colour blindness): VO blue, VSO sky blue, PO/SO orange, MBO bluish
   * green, HBO reddish purple, niet gevonden vermillion. The position in VO leerjaar 3 against the
   * advice has colours of its own, none of them a judgement's: boven dark blue, binnen light blue,
   * onder yellow; the leavers with and without a startkwalificatie teal and wine (Paul Tol's
   * palette, also readable with colour blindness).
   */
  private static final Map<String, Color> OUTCOMES =
      Map.ofEntries(
          Map.entry("boven_advies", new Color(0x00, 0x4C, 0x80)),
          Map.entry("binnen_advies", new Color(0x9E, 0xCA, 0xE1)),
          Map.entry("onder_advies", new Color(0xF0, 0xE4, 0x42)),
          Map.entry("met_startkwalificatie", new Color(0x44, 0xAA, 0x99)),
          Map.entry("zonder_startkwalificatie", new Color(0x88, 0x22, 0x55)),
          Map.entry("vo", new Color(0x00, 0x72, 0xB2)),
          Map.entry("vso", new Color(0x56, 0xB4, 0xE9)),
          Map.entry("po_so", new Color(0xE6, 0x9F, 0x00)),
          Map.entry("mbo", new Color(0x00, 0x9E, 0x73)),
          Map.entry("hbo", new Color(0xCC, 0x79, 0xA7)),
          Map.entry("niet_gevonden", new Color(0xD5, 0x5E, 0x00)));

  /** Returns an outcome's colour, the same in every chart; grey for an outcome without one. */
  public static Color outcome(String outcome) {
    return OUTCOMES.getOrDefault(outcome, new Color(0x99, 0x99, 0x99));
  }

  /**
   * Every category's Dutch label, as the catalogue's breakdowns give it (one label per category).
   */
  private static final Map<String, String> CATEGORIES =
      IndicatorCatalogue.ALL.stream()
          .flatMap(i -> i.breakdown().stream())
          .flatMap(b -> b.categories().stream().map(c -> Map.entry(c, b.label(c))))
          .collect(
              Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, same) -> first));

  private Labels() {}

  /**
   * Returns an advice as the reports write it, in the PDF and the workbook alike: a combined advice
   * in the short form of contract section 1, {@code VMBO-K/GT}, {@code PRO/B}.
   */
  public static String advice(String advice) {
    return advice.replace("/VMBO-", "/");
  }

  /** Returns a category's Dutch label. */
  public static String category(String categorie) {
    return CATEGORIES.getOrDefault(categorie, categorie);
  }

  /** Returns the unit for an axis. */
  static String unit(Indicator indicator) {
    return indicator.scale().unit();
  }

  /** The most names a caption lists before it counts the rest. */
  private static final int NAMES_IN_CAPTION = 8;

  /**
   * Returns the caption for wijken left out of a chart because their figure is suppressed: {@code 2
   * wijken niet getoond (x): Oostbroek, Westhove}, or empty when none is left out.
   */
  static String notShown(List<IndicatorRow> suppressed) {
    List<String> names =
        suppressed.stream().filter(r -> !r.isGemeente()).map(IndicatorRow::gebiedNaam).toList();
    boolean gemeente = suppressed.stream().anyMatch(IndicatorRow::isGemeente);
    List<String> parts = new ArrayList<>();
    if (gemeente) {
      parts.add("gemeente niet getoond (" + DutchFormat.SUPPRESSED + ")");
    }
    if (!names.isEmpty()) {
      String list = String.join(", ", names.subList(0, Math.min(NAMES_IN_CAPTION, names.size())));
      if (names.size() > NAMES_IN_CAPTION) {
        list += " en " + (names.size() - NAMES_IN_CAPTION) + " andere";
      }
      parts.add(
          names.size()
              + (names.size() == 1 ? " wijk" : " wijken")
              + " niet getoond ("
              + DutchFormat.SUPPRESSED
              + "): "
              + list);
    }
    return String.join("; ", parts);
  }

  /**
   * Returns a row's value as a chart's table shows it: in its unit, {@code x} where suppressed,
   * {@code -} where published without a value.
   */
  static String valueCell(Indicator indicator, IndicatorRow row) {
    return !row.onderdrukt() && row.waarde() == null ? "-" : DutchFormat.valueCell(indicator, row);
  }

  /** Returns a row's interval as a chart's table shows it: {@code x} where suppressed. */
  static String intervalCell(Indicator indicator, IndicatorRow row) {
    return DutchFormat.intervalCell(indicator, row);
  }

  /** Returns a breakdown's name as a column header: {@code Sector}. */
  static String breakdownHeader(Indicator indicator) {
    String name = indicator.breakdown().map(b -> b.name()).orElse("categorie");
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Returns the label of the gemeente as a row of a chart's table: {@code Gemeente Zoetermeer}. */
  static String gemeente(IndicatorRow gemeente) {
    return "Gemeente " + gemeente.gebiedNaam();
  }

  /** The trend chart's subject: the gemeente's value with its interval band. */
  static final String GEMEENTE_TREND = "gemeente, met 95%-betrouwbaarheidsinterval";

  /** The trend chart's subject for a count, which has no interval. */
  static final String GEMEENTE_COUNT = "gemeente per schooljaar";
}
