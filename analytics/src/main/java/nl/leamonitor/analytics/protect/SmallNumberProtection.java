package nl.leamonitor.analytics.protect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.UnaryOperator;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.publish.IndicatorTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small-number protection of contract section 4.
 *
 * <ol>
 *   <li>Primary: a row whose teller is 1 to k-1, whose noemer is below k, or (for a proportion
 *       without an outcome breakdown) whose complement is 1 to k-1, is suppressed.
 *   <li>Secondary, first along the tables' sums ({@link SecondarySuppression}: every hidden cell on
 *       a cycle of hidden cells), then until the {@link RangeAuditor} finds that every
 *       primary-suppressed teller, noemer and complement can take at least k whole values given
 *       everything published and everything a reader knows ({@link AttackerKnowledge}): each round
 *       hides the cheapest published figure tied to a target that is still too narrow.
 *   <li>Extra cells that turn out not to be needed are published again, largest first, where the
 *       auditor still accepts the publication without them.
 *   <li>I03 placeholders: where I02's row is suppressed and I03 has no row (no thuiszitters), a
 *       suppressed I03 row is added, so that a missing row does not tell that I02's teller is 0.
 * </ol>
 */
public final class SmallNumberProtection {
  private static final Logger LOG = LoggerFactory.getLogger(SmallNumberProtection.class);

  /**
   * How many optimisations per target pruning may spend: enough for a gemeente's tables (about 5
   * per target on the sample at k = 5), bounded where the tables of hundreds of wijken form large
   * systems. A count, not a time, so that a run is repeatable to the byte.
   */
  private static final int PRUNE_SOLVES_PER_TARGET = 8;

  /** How many relations deep rounds and pruning look around a target; the whole audit follows. */
  private static final int LOCAL_RADIUS = 2;

  private SmallNumberProtection() {}

  /**
   * What protection published and what it cost.
   *
   * @param rows the rows with suppression applied, placeholders added, in contract order
   * @param costs per indicator (in catalogue order), the rows suppressed for being small and to
   *     protect others
   */
  public record Protection(List<IndicatorRow> rows, List<Cost> costs) {}

  /**
   * The cost of protection for one indicator. The split is for the analyst alone: published, "0
   * suppressed to protect others" would tell a reader that every suppressed row of the indicator is
   * small, which the auditor does not assume a reader knows.
   *
   * @param indicator the indicator's id
   * @param primary rows suppressed because they are small (primary suppression)
   * @param secondary rows suppressed to protect other rows (secondary suppression)
   */
  public record Cost(String indicator, int primary, int secondary) {}

  /** Returns whether a row breaks the primary rule for minimum cell size k (contract section 4). */
  public static boolean primary(IndicatorRow row, int k) {
    Long teller = row.teller();
    if (teller != null && teller >= 1 && teller < k) {
      return true;
    }
    Indicator indicator = IndicatorCatalogue.byId(row.indicator());
    if (indicator.isCount() || row.noemer() == null) {
      return false;
    }
    if (row.noemer() < k) {
      return true;
    }
    long complement = row.noemer() - (teller == null ? 0 : teller);
    return indicator.complementRule() && complement >= 1 && complement < k;
  }

  /**
   * Returns the small figures that primary suppression hides (contract section 4): a teller of 1 to
   * k-1, a noemer below k and, where the rule applies, a complement of 1 to k-1. Each must keep at
   * least k possible values.
   */
  static List<Target> targets(List<IndicatorRow> rows, boolean[] primary, int k) {
    Map<Map<Quantity, Integer>, Target> targets = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!primary[i]) {
        continue;
      }
      IndicatorRow r = rows.get(i);
      Indicator ind = IndicatorCatalogue.byId(r.indicator());
      List<Quantity> q = ProtectionModel.quantitiesOf(r);
      String cat = r.categorie() == null ? "" : r.categorie();
      long teller = r.teller();
      if (teller >= 1 && teller < k) {
        // A transition's totaal teller is its main outcome's: name the outcome.
        targets.putIfAbsent(
            Map.of(q.get(0), 1),
            new Target(
                r.indicator(),
                r.schooljaar(),
                r.gebiedCode(),
                q.get(0).categorie(),
                "teller",
                Map.of(q.get(0), 1)));
      }
      if (ind.isCount()) {
        continue;
      }
      long noemer = r.noemer();
      if (noemer < k) {
        targets.putIfAbsent(
            Map.of(q.get(1), 1),
            new Target(
                r.indicator(), r.schooljaar(), r.gebiedCode(), cat, "noemer", Map.of(q.get(1), 1)));
      }
      if (ind.complementRule() && noemer - teller >= 1 && noemer - teller < k) {
        Map<Quantity, Integer> complement = new LinkedHashMap<>();
        complement.put(q.get(1), 1);
        complement.put(q.get(0), -1);
        targets.putIfAbsent(
            complement,
            new Target(
                r.indicator(), r.schooljaar(), r.gebiedCode(), cat, "complement", complement));
      }
    }
    return new ArrayList<>(targets.values());
  }

  /**
   * Returns the rows protected: primary and secondary suppression applied, the auditor's acceptance
   * proven, I03 placeholders added.
   *
   * @param rows every row of the run, with true tellers and noemers
   * @param k the minimum cell size, at least 1
   * @throws ProtectionFailure when some target cannot be protected (nothing may be published)
   */
  public static Protection protect(List<IndicatorRow> rows, int k) {
    return protect(rows, k, List.of());
  }

  /**
   * Returns the rows protected as {@link #protect(List, int)} does, against a reader who also knows
   * the bounds the run publishes elsewhere ({@link PublishedBound}).
   *
   * @param rows every row of the run, with true tellers and noemers
   * @param k the minimum cell size, at least 1
   * @param bounds numbers published outside {@code indicatoren.csv} that bound its figures
   * @throws ProtectionFailure when some target cannot be protected (nothing may be published)
   */
  public static Protection protect(List<IndicatorRow> rows, int k, List<PublishedBound> bounds) {
    boolean[] primary = new boolean[rows.size()];
    boolean[] suppressed = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      primary[i] = primary(rows.get(i), k);
      suppressed[i] = primary[i];
    }
    List<Target> targets = targets(rows, primary, k);
    // What a reader knows follows from the true figures alone, not from what is suppressed: it is
    // built on a thread of its own while the tables' sums are closed here.
    FutureTask<AttackerKnowledge> knowing =
        new FutureTask<>(() -> AttackerKnowledge.of(rows, bounds));
    Thread knowledgeThread = new Thread(knowing, "lea-kleine-aantallen");
    knowledgeThread.setDaemon(true);
    knowledgeThread.start();
    ProtectionModel model = new ProtectionModel(rows, suppressed);
    SecondarySuppression.apply(model.grids(), model);
    boolean[] alongSums = suppressed.clone();
    AttackerKnowledge knowledge = result(knowing);
    Neighbours neighbours = new Neighbours(knowledge);
    RangeAuditor auditor = new RangeAuditor(knowledge, k);
    HiddenByNumber hidden = new HiddenByNumber(model, knowledge);
    long started = System.nanoTime();
    // The first screening vouches for targets from the closed part around each, without optima
    // over whole systems (a country's tables form systems of thousands of unknowns); rounds and
    // pruning look at the relations around each target, which is fast and never misses what it
    // finds; the whole audit at the end decides, and closes what remains.
    UnaryOperator<List<Target>> local =
        ts -> targetsOf(auditor.auditLocally(hidden, ts, LOCAL_RADIUS));
    UnaryOperator<List<Target>> whole = ts -> targetsOf(auditor.audit(hidden, ts));
    int rounds =
        hideUntilAccepted(
            targetsOf(auditor.screen(hidden, targets)), local, neighbours, model, hidden, k);
    long audited = System.nanoTime();
    prune(rows, alongSums, suppressed, local, neighbours, targets, auditor);
    rounds += hideUntilAccepted(whole.apply(targets), whole, neighbours, model, hidden, k);
    LOG.debug(
        "Kleine aantallen: {} doelen, {} rondes in {} ms, terugzetten en eindcontrole {} ms, {}"
            + " optimalisaties ({} uit het geheugen)",
        targets.size(),
        rounds,
        (audited - started) / 1_000_000,
        (System.nanoTime() - audited) / 1_000_000,
        auditor.solves(),
        auditor.remembered());
    List<IndicatorRow> protectedRows = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      protectedRows.add(suppressed[i] ? rows.get(i).suppressed() : rows.get(i));
    }
    List<IndicatorRow> completed = IndicatorTable.completeLinked(protectedRows);
    return new Protection(completed, costs(rows, primary, suppressed, completed));
  }

  /** Returns what the task computed, its failure thrown as it was. */
  private static <T> T result(FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Returns what the auditor finds in a publication: each primary-suppressed teller, noemer or
   * complement that fewer than k whole numbers are consistent with. Empty means safe.
   *
   * @param rows the rows with their true figures
   * @param suppressed per row, whether it is published suppressed
   * @param k the minimum cell size
   */
  public static List<RangeAuditor.Finding> audit(
      List<IndicatorRow> rows, boolean[] suppressed, int k) {
    return audit(rows, suppressed, k, List.of());
  }

  /** Returns what the auditor finds, as {@link #audit(List, boolean[], int)}, with bounds. */
  public static List<RangeAuditor.Finding> audit(
      List<IndicatorRow> rows, boolean[] suppressed, int k, List<PublishedBound> bounds) {
    boolean[] primary = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      primary[i] = primary(rows.get(i), k);
    }
    ProtectionModel model = new ProtectionModel(rows, suppressed.clone());
    return new RangeAuditor(AttackerKnowledge.of(rows, bounds), k)
        .audit(model::hidden, targets(rows, primary, k));
  }

  /**
   * Hides, round by round, the cheapest published figure tied to each finding, until the auditor
   * has none; returns the number of rounds. Only the findings are audited again, since suppressing
   * more only widens ranges.
   *
   * @throws ProtectionFailure when a finding has no published figure left to hide
   */
  private static int hideUntilAccepted(
      List<Target> findings,
      UnaryOperator<List<Target>> audit,
      Neighbours neighbours,
      ProtectionModel model,
      HiddenByNumber hidden,
      int k) {
    int rounds = 0;
    while (!findings.isEmpty()) {
      Set<Quantity> hidThisRound = new HashSet<>();
      Target stuck = null;
      for (Target f : findings) {
        if (neighbours.touches(f, hidThisRound)) {
          continue;
        }
        Quantity cheapest = neighbours.cheapestVisible(f, hidden, k);
        if (cheapest == null) {
          // Nothing left to hide near it now; what this round hid elsewhere may have been
          // enough, which only the next audit can tell.
          stuck = stuck == null ? f : stuck;
          continue;
        }
        model.hide(cheapest);
        hidThisRound.add(cheapest);
      }
      if (hidThisRound.isEmpty()) {
        throw new ProtectionFailure(stuck, k);
      }
      findings = audit.apply(findings);
      rounds++;
    }
    return rounds;
  }

  private static List<Target> targetsOf(List<RangeAuditor.Finding> findings) {
    return findings.stream().map(RangeAuditor.Finding::target).toList();
  }

  /**
   * Publishes again, largest first, each row that the auditor's rounds suppressed and without which
   * the targets near it are still accepted (a round hides the cheapest neighbour of a target, which
   * a later round can make unnecessary). Rows suppressed before the rounds, along the sums, are
   * kept: without them a hidden cell would be a plain difference of published ones.
   */
  private static void prune(
      List<IndicatorRow> rows,
      boolean[] before,
      boolean[] suppressed,
      UnaryOperator<List<Target>> audit,
      Neighbours neighbours,
      List<Target> targets,
      RangeAuditor auditor) {
    List<Integer> secondary = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (suppressed[i] && !before[i]) {
        secondary.add(i);
      }
    }
    secondary.sort(
        Comparator.comparingLong(
                (Integer i) -> rows.get(i).teller() == null ? 0 : rows.get(i).teller())
            .reversed()
            .thenComparing(i -> i));
    long budget = auditor.solves() + (long) PRUNE_SOLVES_PER_TARGET * targets.size();
    for (int i : secondary) {
      if (auditor.solves() > budget) {
        LOG.info(
            "Kleine aantallen: terugzetten van extra onderdrukte rijen gestopt na {}"
                + " optimalisaties",
            PRUNE_SOLVES_PER_TARGET * targets.size());
        break;
      }
      List<Target> near =
          neighbours.targetsNear(ProtectionModel.quantitiesOf(rows.get(i)), targets, 1);
      suppressed[i] = false;
      if (!audit.apply(near).isEmpty()) {
        suppressed[i] = true;
      }
    }
  }

  /**
   * Returns the suppressed rows per indicator, small and to protect others. A placeholder row (I03,
   * I13: where the linked indicator's row is suppressed and this one has none) counts as suppressed
   * to protect others, so that the published count per indicator is the number of suppressed rows a
   * reader counts in {@code indicatoren.csv}: a placeholder left out of it would tell that one
   * linked teller is 0 (a privacy review found that).
   */
  private static List<Cost> costs(
      List<IndicatorRow> rows,
      boolean[] primary,
      boolean[] suppressed,
      List<IndicatorRow> completed) {
    Map<String, int[]> counts = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      int[] c = counts.computeIfAbsent(rows.get(i).indicator(), x -> new int[2]);
      if (primary[i]) {
        c[0]++;
      } else if (suppressed[i]) {
        c[1]++;
      }
    }
    Map<String, Integer> added = new HashMap<>();
    completed.forEach(r -> added.merge(r.indicator(), 1, Integer::sum));
    rows.forEach(r -> added.merge(r.indicator(), -1, Integer::sum));
    added.forEach(
        (indicator, placeholders) ->
            counts.computeIfAbsent(indicator, x -> new int[2])[1] += placeholders);
    List<Cost> costs = new ArrayList<>();
    for (Indicator ind : IndicatorCatalogue.ALL) {
      int[] c = counts.get(ind.id());
      if (c != null) {
        costs.add(new Cost(ind.id(), c[0], c[1]));
      }
    }
    return costs;
  }
}
