package nl.leamonitor.analytics.protect;

import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.publish.IndicatorRow;

/**
 * Small-number protection of contract section 4. Primary: a row whose teller is 1 to k-1, or whose
 * noemer is below k, is suppressed. Secondary: extra rows are suppressed until no suppressed
 * teller or noemer can be derived along the wijken and categories ({@link SecondarySuppression}).
 * Then the {@link DisclosureAuditor} must find nothing derivable, or nothing is published.
 */
public final class SmallNumberProtection {
  private SmallNumberProtection() {}

  /** Returns whether a row breaks the primary rule for minimum cell size k. */
  public static boolean primary(IndicatorRow row, int k) {
    if (row.teller() != null && row.teller() >= 1 && row.teller() < k) {
      return true;
    }
    boolean count = IndicatorCatalogue.byId(row.indicator()).isCount();
    return !count && row.noemer() != null && row.noemer() < k;
  }

  /**
   * Audits rows as they are about to be published, from nothing but the rows themselves: returns
   * a Dutch finding per published row that breaks the primary rule and per suppressed quantity
   * that published figures determine; empty means the table may be published.
   */
  public static List<String> audit(List<IndicatorRow> published, int k) {
    List<String> findings = new ArrayList<>();
    boolean[] suppressed = new boolean[published.size()];
    for (int i = 0; i < published.size(); i++) {
      IndicatorRow r = published.get(i);
      suppressed[i] = r.onderdrukt();
      if (!r.onderdrukt() && primary(r, k)) {
        findings.add("gepubliceerd onder k: " + r.indicator() + " " + r.schooljaar() + " " + r.gebiedCode()
            + (r.categorie() == null ? "" : " " + r.categorie()));
      }
    }
    ProtectionModel model = new ProtectionModel(published, suppressed);
    List<Quantity> derivable = DisclosureAuditor.derivable(model.grids(), model::hidden);
    if (!derivable.isEmpty()) {
      findings.add("afleidbaar: " + DisclosureAuditor.describe(derivable));
    }
    return findings;
  }

  /** Returns the rows with primary and secondary suppression applied; throws if the audit fails. */
  public static List<IndicatorRow> protect(List<IndicatorRow> rows, int k) {
    boolean[] suppressed = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      suppressed[i] = primary(rows.get(i), k);
    }
    ProtectionModel model = new ProtectionModel(rows, suppressed);
    SecondarySuppression.apply(model.grids(), model);
    List<Quantity> derivable = DisclosureAuditor.derivable(model.grids(), model::hidden);
    // Tables that share quantities (I03's noemer is I02's teller) can together give away what
    // each alone protects; then widen the suppression along the derived cell's column and close
    // the new gaps, until the auditor finds nothing or nothing is left to hide.
    while (!derivable.isEmpty() && SecondarySuppression.widen(model.grids(), model, derivable)) {
      SecondarySuppression.apply(model.grids(), model);
      derivable = DisclosureAuditor.derivable(model.grids(), model::hidden);
    }
    if (!derivable.isEmpty()) {
      throw new IllegalStateException("celonderdrukking is niet sluitend; er wordt niets gepubliceerd. Afleidbaar: "
          + DisclosureAuditor.describe(derivable));
    }
    List<IndicatorRow> protectedRows = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      protectedRows.add(suppressed[i] ? rows.get(i).suppressed() : rows.get(i));
    }
    return protectedRows;
  }
}
