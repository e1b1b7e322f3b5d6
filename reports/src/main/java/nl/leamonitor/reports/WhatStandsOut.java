package nl.leamonitor.reports;

import com.lowagie.text.DocumentException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.leamonitor.analytics.catalogue.Ambition;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.Polarity;
import nl.leamonitor.analytics.coverage.NotCovered;
import nl.leamonitor.analytics.publish.Comparison;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.stats.TrendTest;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.charts.Labels;
import nl.leamonitor.reports.pdf.PdfReportWriter;

/**
 * Page 2 of {@code rapport.pdf}, "Wat valt op": plain sentences generated from the figures, each
 * one true by a stated {@link Rule}, in the rules' order and at most {@value #MOST}, each pointing
 * to the page where its indicator's section (or the delivery warnings) starts. Only final figures
 * take part; voorlopig ones never do. Fewer than {@value #FEWEST} sentences are not padded: the
 * page says that the rest of the year is quiet. The words stay plain; the tests behind them are
 * named in the appendix.
 */
public final class WhatStandsOut {
  /** The most sentences the page shows. */
  static final int MOST = 7;

  /** Below this many sentences, the page says plainly that little stands out. */
  static final int FEWEST = 3;

  /** The fewest indicators on which a wijk must differ unfavourably to be named. */
  static final int WIJK_INDICATORS = 2;

  /** The heading of the delivery warnings in appendix A, which their sentence points to. */
  static final String WARNINGS_HEADING = "Waarschuwingen bij de aanlevering";

  /** The rules, in their order of importance. */
  enum Rule {
    /** A change on t-1 whose 95 % Newcombe interval excludes 0. */
    CHANGE,
    /** A trend marker in the summary (TrendVerdict: significant and straight). */
    TREND,
    /** A target niet op koers or aandacht nodig (TargetCourse). */
    TARGET,
    /** A wijk that differs unfavourably from the gemeente at 99.8 % on several indicators. */
    WIJK,
    /** Wijken higher or lower than the gemeente at 99.8 % on an indicator without polarity. */
    NEUTRAL_WIJK,
    /** School wijken the pupil forecast expects to be short of places (SchoolPlaces). */
    FORECAST,
    /** Indicators without a figure for the latest schooljaar because data are missing. */
    MISSING,
    /** The delivery's warnings. */
    WARNINGS
  }

  /**
   * One sentence.
   *
   * @param rule the rule that makes it true
   * @param text the sentence without its page reference and final full stop
   * @param headings the headings whose pages it points to
   */
  record Finding(Rule rule, String text, List<String> headings) {
    /** Returns the sentence with its pages: {@code ... (zie pagina 7).} */
    String sentence(Map<String, Integer> pages) {
      List<Integer> found =
          headings.stream().filter(pages::containsKey).map(pages::get).distinct().toList();
      if (found.isEmpty()) {
        return text + ".";
      }
      List<String> numbers = new TreeSet<>(found).stream().map(String::valueOf).toList();
      return text
          + " (zie "
          + (numbers.size() == 1 ? "pagina " : "pagina's ")
          + DutchFormat.and(numbers)
          + ").";
    }
  }

  private final ReportInput input;
  private final PublishedTable table;

  /** Creates the findings of a run's published rows. */
  public WhatStandsOut(ReportInput input, PublishedTable table) {
    this.input = input;
    this.table = table;
  }

  /** Writes the page; {@code pages}: per heading its page, from a first rendering. */
  void write(PdfReportWriter pdf, Map<String, Integer> pages) throws DocumentException {
    pdf.heading(1, "Wat valt op");
    List<String> points = points(pages);
    long findings = Math.min(MOST, findings().size());
    for (int i = 0; i < points.size(); i++) {
      pdf.text(i < findings ? "\u2022 " + points.get(i) : points.get(i));
    }
    pdf.note(RULES + " Hoe de toetsen werken, staat in bijlage B.");
    pdf.newPage();
  }

  /**
   * Returns the page's points as the web publication shows them: the findings' sentences (without
   * page numbers), then, where more were found than shown or fewer than a few, a sentence that says
   * so.
   */
  public List<String> points() {
    return points(Map.of());
  }

  private List<String> points(Map<String, Integer> pages) {
    List<Finding> all = findings();
    List<Finding> shown = all.subList(0, Math.min(MOST, all.size()));
    List<String> points = new ArrayList<>();
    for (Finding f : shown) {
      points.add(f.sentence(pages));
    }
    if (all.size() > MOST) {
      points.add(
          "Er valt meer op dan op deze pagina past: nog "
              + (all.size() - MOST == 1 ? "1 punt" : (all.size() - MOST) + " punten")
              + " volgens dezelfde regels. De tabellen hierna tonen alle cijfers.");
    }
    if (shown.size() < FEWEST) {
      points.add(quiet(shown));
    }
    return points;
  }

  /** The rules in words, under the sentences (the PDF adds where the tests are explained). */
  public static final String RULES =
      "Hoe deze punten gekozen zijn: een zin staat hier alleen als een vaste regel die zegt, in"
          + " deze volgorde en hoogstens "
          + MOST
          + ": (1) een verandering ten opzichte van het schooljaar ervoor die groter is dan toeval"
          + " kan verklaren; (2) een gestage stijging of daling over minstens "
          + TrendVerdict.MIN_YEARS
          + " opeenvolgende schooljaren; (3) een doel van de stuurgroep dat niet op koers ligt of"
          + " aandacht nodig heeft; (4) een wijk die op minstens "
          + WIJK_INDICATORS
          + " cijfers ongunstig afwijkt van de gemeente, zo duidelijk dat toeval vrijwel is"
          + " uitgesloten; (5) wijken die even duidelijk hoger of lager liggen dan de gemeente op"
          + " een cijfer waarbij hoger of lager geen oordeel is; (6) schoolwijken waar de"
          + " leerlingenprognose een tekort aan plaatsen verwacht; (7) indicatoren zonder cijfer"
          + " over het laatste schooljaar omdat gegevens ontbreken; (8) waarschuwingen bij de"
          + " aanlevering. Voorlopige cijfers van"
          + " een schooljaar dat nog loopt tellen niet mee.";

  /** Returns the sentence that says the year is quiet, naming the rules that found nothing. */
  private String quiet(List<Finding> shown) {
    Set<Rule> fired = EnumSet.noneOf(Rule.class);
    shown.forEach(f -> fired.add(f.rule()));
    List<String> nothing = new ArrayList<>();
    if (!fired.contains(Rule.CHANGE)) {
      nothing.add("geen verandering ten opzichte van vorig jaar die groter is dan toeval");
    }
    if (!fired.contains(Rule.TREND)) {
      nothing.add("geen gestage stijging of daling");
    }
    if (!fired.contains(Rule.TARGET)) {
      nothing.add(
          input.targets().isEmpty()
              ? "geen doelen om aan te toetsen (die zijn niet ingesteld)"
              : "geen doel dat uit koers raakt");
    }
    if (!fired.contains(Rule.WIJK)) {
      nothing.add("geen wijk die op meerdere cijfers duidelijk ongunstig afwijkt");
    }
    return (shown.isEmpty()
            ? "Er zijn dit jaar geen opvallende veranderingen: "
            : "Verder valt er dit jaar weinig op: ")
        + DutchFormat.and(nothing)
        + ".";
  }

  /** Returns every finding, in the rules' order, uncapped. */
  List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    findings.addAll(changes());
    findings.addAll(trends());
    findings.addAll(targets());
    findings.addAll(wijken());
    findings.addAll(neutralWijken());
    forecast().ifPresent(findings::add);
    missing().ifPresent(findings::add);
    warnings().ifPresent(findings::add);
    return findings;
  }

  private static List<Indicator> indicators() {
    List<Indicator> all = new ArrayList<>();
    for (Ambition ambition : EvaluationReport.ORDER) {
      all.addAll(EvaluationReport.indicators(ambition));
    }
    return all;
  }

  private static String name(Indicator indicator, String categorie) {
    return indicator.label() + (categorie == null ? "" : " (" + Labels.category(categorie) + ")");
  }

  /** Returns whether a rise is good, bad, or neither for an indicator. */
  private static String judgement(Indicator indicator, boolean up) {
    if (indicator.polarity() == Polarity.NEUTRAL) {
      return "een verandering";
    }
    return up == (indicator.polarity() == Polarity.HIGHER_IS_BETTER)
        ? "een verbetering"
        : "een verslechtering";
  }

  private List<Finding> changes() {
    List<Finding> findings = new ArrayList<>();
    for (Indicator indicator : indicators()) {
      for (String categorie : EvaluationSummary.categories(indicator, table)) {
        List<IndicatorRow> series = table.gemeenteSeries(indicator.id(), categorie);
        if (series.isEmpty()) {
          continue;
        }
        YearChange change = YearChange.of(indicator, table, series.get(series.size() - 1));
        if (!change.shown() || !change.significant(indicator)) {
          continue;
        }
        boolean up = change.difference() > 0;
        IndicatorRow before = change.previous().orElseThrow();
        IndicatorRow now = change.latest();
        findings.add(
            new Finding(
                Rule.CHANGE,
                name(indicator, categorie)
                    + " is "
                    + (up ? "gestegen" : "gedaald")
                    + " van "
                    + DutchFormat.value(indicator, before.waarde())
                    + " in "
                    + before.schooljaar().label()
                    + " naar "
                    + DutchFormat.value(indicator, now.waarde())
                    + " in "
                    + now.schooljaar().label()
                    + ": "
                    + judgement(indicator, up)
                    + " die groter is dan toeval kan verklaren",
                List.of(indicator.label())));
      }
    }
    return findings;
  }

  private List<Finding> trends() {
    List<Finding> findings = new ArrayList<>();
    for (Indicator indicator : indicators()) {
      for (String categorie : EvaluationSummary.categories(indicator, table)) {
        List<IndicatorRow> series = table.gemeenteSeries(indicator.id(), categorie);
        TrendVerdict verdict = TrendVerdict.of(indicator, series, table);
        if (verdict.direction() == TrendTest.Direction.NONE) {
          continue;
        }
        boolean up = verdict.direction() == TrendTest.Direction.UP;
        List<IndicatorRow> years = Series.consecutive(series, TrendVerdict.MAX_YEARS);
        IndicatorRow first = years.get(0);
        IndicatorRow last = years.get(years.size() - 1);
        String fromTo =
            "van "
                + DutchFormat.value(indicator, first.waarde())
                + " in "
                + first.schooljaar().label()
                + " naar "
                + DutchFormat.value(indicator, last.waarde())
                + " in "
                + last.schooljaar().label();
        // A last change that prints as 0,0 is no steady course: say the rise and the level year.
        YearChange lastChange = YearChange.of(indicator, table, last);
        boolean level = lastChange.shown() && Math.round(lastChange.difference() * 10) == 0;
        String text =
            level
                ? name(indicator, categorie)
                    + " is over "
                    + years.size()
                    + " schooljaren "
                    + (up ? "gestegen, " : "gedaald, ")
                    + fromTo
                    + ": "
                    + judgement(indicator, up)
                    + " die geen toeval is; het laatste jaar bleef het cijfer gelijk"
                : name(indicator, categorie)
                    + (up ? " stijgt" : " daalt")
                    + " gestaag over "
                    + years.size()
                    + " schooljaren, "
                    + fromTo
                    + ": "
                    + judgement(indicator, up).replace("een ", "een aanhoudende ")
                    + ", geen toeval"
                    + (verdict.text().contains("laatste jaar iets")
                        ? "; het laatste jaar ging het iets de andere kant op"
                        : "");
        findings.add(new Finding(Rule.TREND, text, List.of(indicator.label())));
      }
    }
    return findings;
  }

  private List<Finding> targets() {
    List<Finding> findings = new ArrayList<>();
    for (Indicator indicator : indicators()) {
      Optional<Target> target =
          input.targets().stream().filter(t -> t.indicator().equals(indicator.id())).findFirst();
      List<IndicatorRow> series = table.gemeenteSeries(indicator.id(), null);
      if (target.isEmpty() || !indicator.hasTotaal() || series.isEmpty()) {
        continue;
      }
      Status status = TargetCourse.judge(target.get(), indicator, series).status();
      Schooljaar latest = series.get(series.size() - 1).schooljaar();
      boolean deadlinePassed = target.get().deadline().compareTo(latest) <= 0;
      String goal =
          "Het doel voor "
              + DutchFormat.inSentence(indicator.label())
              + " ("
              + EvaluationSummary.describe(target.get())
              + ")";
      String text;
      if (status == Status.NIET_OP_KOERS) {
        text =
            goal
                + (deadlinePassed
                    ? " is in het doeljaar niet gehaald"
                    : " wordt niet op tijd gehaald als de ontwikkeling van de laatste jaren zo"
                        + " doorgaat");
      } else if (status == Status.AANDACHT_NODIG) {
        text =
            goal
                + " vraagt aandacht: "
                + (deadlinePassed
                    ? "het doeljaar is bereikt en het is niet zeker dat het doel gehaald is"
                    : "als de ontwikkeling van de laatste jaren zo doorgaat, wordt het net niet"
                        + " gehaald, al is dat nog niet zeker");
      } else {
        continue;
      }
      findings.add(new Finding(Rule.TARGET, text, List.of(indicator.label())));
    }
    return findings;
  }

  /**
   * One wijk's unfavourable differences at 99.8 %: per indicator the categories that differ (a
   * {@code null} for its totaal) and hoger/lager, and how many figures that is.
   */
  private record WijkFindings(
      String name,
      List<Indicator> indicators,
      List<List<String>> categories,
      List<Comparison> ways,
      int figures) {}

  /**
   * Returns the wijken that are unfavourable at 99.8 % on at least {@link #WIJK_INDICATORS} figures
   * of the latest final schooljaar: an indicator's totaal, or, for an indicator without one
   * (learning delays per domein), each of its categories. A wijk behind on all four reading and
   * arithmetic domains is news for the platform even though it is one indicator.
   */
  private List<Finding> wijken() {
    List<WijkFindings> named = new ArrayList<>();
    table
        .wijken()
        .forEach(
            (code, wijkName) -> {
              List<Indicator> indicators = new ArrayList<>();
              List<List<String>> categories = new ArrayList<>();
              List<Comparison> ways = new ArrayList<>();
              int figures = 0;
              for (Indicator indicator : indicators()) {
                Optional<Schooljaar> latest = table.latest(indicator.id());
                if (indicator.polarity() == Polarity.NEUTRAL || latest.isEmpty()) {
                  continue;
                }
                Comparison bad =
                    indicator.polarity() == Polarity.HIGHER_IS_BETTER
                        ? Comparison.LAGER
                        : Comparison.HOGER;
                List<String> unfavourable = new ArrayList<>();
                for (String categorie : EvaluationSummary.categories(indicator, table)) {
                  IndicatorRow gemeente =
                      table.gemeenteSeries(indicator.id(), categorie).stream()
                          .filter(r -> r.schooljaar().equals(latest.get()))
                          .findFirst()
                          .orElse(null);
                  IndicatorRow wijk =
                      table.row(indicator.id(), latest.get(), code, categorie).orElse(null);
                  WijkDifference difference = WijkDifference.of(wijk, gemeente);
                  if (difference.alsoAt998() && difference.comparison() == bad) {
                    unfavourable.add(categorie);
                  }
                }
                if (!unfavourable.isEmpty()) {
                  indicators.add(indicator);
                  categories.add(unfavourable);
                  ways.add(bad);
                  figures += unfavourable.size();
                }
              }
              if (figures >= WIJK_INDICATORS) {
                named.add(new WijkFindings(wijkName, indicators, categories, ways, figures));
              }
            });
    named.sort(Comparator.comparing((WijkFindings w) -> -w.figures()));
    // Wijken with the same unfavourable figures share one sentence.
    Map<String, List<WijkFindings>> alike = new java.util.LinkedHashMap<>();
    for (WijkFindings w : named) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < w.indicators().size(); i++) {
        List<String> shown =
            w.categories().get(i).stream().filter(c -> c != null).map(Labels::category).toList();
        parts.add(
            DutchFormat.inSentence(w.indicators().get(i).label())
                + (shown.isEmpty() ? "" : " (" + DutchFormat.and(shown) + ")")
                + " is "
                + (w.ways().get(i) == Comparison.HOGER ? "hoger" : "lager"));
      }
      alike.computeIfAbsent(DutchFormat.and(parts), k -> new ArrayList<>()).add(w);
    }
    List<Finding> findings = new ArrayList<>();
    alike.forEach(
        (what, wijken) ->
            findings.add(
                new Finding(
                    Rule.WIJK,
                    "In "
                        + DutchFormat.and(wijken.stream().map(WijkFindings::name).toList())
                        + " zijn "
                        + wijken.get(0).figures()
                        + " cijfers duidelijk ongunstiger dan in de hele gemeente, ook als we"
                        + " rekening houden met toeval: "
                        + what,
                    wijken.get(0).indicators().stream().map(Indicator::label).toList())));
    return findings;
  }

  /**
   * Returns, per indicator without polarity (I12, I14), one sentence naming the wijken that lie
   * higher or lower than the gemeente at 99.8 % in its latest final schooljaar, in neutral words:
   * hoger and lager, never better or worse, with what a high (or low) value may point to where the
   * catalogue's description says so ("een hoog aandeel kan wijzen op onderadvisering").
   */
  private List<Finding> neutralWijken() {
    List<Finding> findings = new ArrayList<>();
    for (Indicator indicator : indicators()) {
      Optional<Schooljaar> latest = table.latest(indicator.id());
      if (indicator.polarity() != Polarity.NEUTRAL || !indicator.hasTotaal() || latest.isEmpty()) {
        continue;
      }
      IndicatorRow gemeente =
          table.gemeenteSeries(indicator.id(), null).stream()
              .filter(r -> r.schooljaar().equals(latest.get()))
              .findFirst()
              .orElse(null);
      List<String> higher = new ArrayList<>();
      List<String> lower = new ArrayList<>();
      table
          .wijken()
          .forEach(
              (code, wijkName) -> {
                IndicatorRow wijk =
                    table.row(indicator.id(), latest.get(), code, null).orElse(null);
                WijkDifference difference = WijkDifference.of(wijk, gemeente);
                if (difference.alsoAt998() && difference.comparison() == Comparison.HOGER) {
                  higher.add(wijkName);
                } else if (difference.alsoAt998() && difference.comparison() == Comparison.LAGER) {
                  lower.add(wijkName);
                }
              });
      if (higher.isEmpty() && lower.isEmpty()) {
        continue;
      }
      List<String> where = new ArrayList<>();
      if (!higher.isEmpty()) {
        where.add("in " + DutchFormat.and(higher) + " ligt dit cijfer duidelijk hoger");
      }
      if (!lower.isEmpty()) {
        where.add(
            "in "
                + DutchFormat.and(lower)
                + (higher.isEmpty() ? " ligt dit cijfer duidelijk lager" : " duidelijk lager"));
      }
      List<String> meaning = new ArrayList<>();
      if (!higher.isEmpty()) {
        pointsTo(indicator, "een hoog").ifPresent(meaning::add);
      }
      if (!lower.isEmpty()) {
        pointsTo(indicator, "een laag").ifPresent(meaning::add);
      }
      findings.add(
          new Finding(
              Rule.NEUTRAL_WIJK,
              indicator.label()
                  + ": "
                  + String.join(" en ", where)
                  + " dan in de hele gemeente, ook als we rekening houden met toeval; "
                  + (meaning.isEmpty()
                      ? "hoger of lager is hier geen oordeel"
                      : String.join("; ", meaning)),
              List.of(indicator.label())));
    }
    return findings;
  }

  /**
   * Returns the clause of an indicator's description that says what a high or low value may point
   * to ({@code een hoog aandeel kan wijzen op onderadvisering}), if it has one.
   */
  static Optional<String> pointsTo(Indicator indicator, String start) {
    for (String part : indicator.description().split("[;.]")) {
      String clause = part.strip();
      if (clause.startsWith(start) && clause.contains(" kan wijzen op ")) {
        return Optional.of(clause);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the sentence on indicators without a figure for the latest schooljaar because their
   * data were not delivered: not computed at all, or a gap after the latest year shown that lies
   * within the delivery (a missing t+1 at the delivery's edge is expected, and no news).
   */
  /** Returns the school wijken the pupil forecast expects to be short of places, if any. */
  private Optional<Finding> forecast() {
    return new SchoolPlaces(input.forecast())
        .keyPoint()
        .map(text -> new Finding(Rule.FORECAST, text, List.of(ForecastChapter.PLACES_HEADING)));
  }

  private Optional<Finding> missing() {
    List<String> parts = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    for (Indicator indicator : indicators()) {
      boolean skipped =
          input.skipped().stream().anyMatch(s -> s.indicator().equals(indicator.id()));
      Optional<Schooljaar> shown =
          table.rows().stream()
              .filter(r -> r.indicator().equals(indicator.id()) && r.isGemeente())
              .map(IndicatorRow::schooljaar)
              .max(Schooljaar::compareTo);
      List<NotCovered> gaps =
          NotCoveredText.of(input, indicator).stream()
              .filter(g -> !g.beyondDelivery())
              .filter(g -> shown.map(y -> g.schooljaar().compareTo(y) > 0).orElse(true))
              .toList();
      if (skipped
          || !table.covers(indicator.id()) && !NotCoveredText.of(input, indicator).isEmpty()) {
        parts.add(DutchFormat.inSentence(indicator.label()) + " in geen enkel schooljaar");
      } else if (!gaps.isEmpty()) {
        parts.add(
            DutchFormat.inSentence(indicator.label())
                + " in "
                + gaps.get(gaps.size() - 1).schooljaar().label());
      } else {
        continue;
      }
      headings.add(indicator.label());
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            Rule.MISSING,
            (parts.size() == 1 ? "Voor 1 indicator" : "Voor " + parts.size() + " indicatoren")
                + " staat over het laatste schooljaar 'niet berekend' in plaats van een cijfer,"
                + " omdat gegevens niet zijn aangeleverd: "
                + DutchFormat.and(parts),
            headings));
  }

  private Optional<Finding> warnings() {
    int n = input.warnings().size();
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            Rule.WARNINGS,
            "De aanlevering is mogelijk niet compleet: "
                + (n == 1 ? "er is 1 waarschuwing" : "er zijn " + n + " waarschuwingen")
                + ", zoals een bestand zonder gegevens of een schooljaar met veel minder regels dan"
                + " het jaar ervoor. Lees die voordat de cijfers worden gebruikt",
            List.of(WARNINGS_HEADING)));
  }
}
