package nl.leamonitor.analytics.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.values.Schooljaar;
import org.junit.jupiter.api.Test;

/**
 * A number published outside the indicator table that bounds it: {@code datakwaliteit.csv}'s
 * resident vsv rows bound the sum of I04's gemeente tellers over the years. I04 of two years, the
 * gemeente only: 2022-2023 teller 30 of 1000 (published), 2023-2024 teller 3 of 1000 (small: 1 to
 * k-1, suppressed). The vsv files hold 33 resident rows. Without the bound the suppressed teller
 * can be anything from 0 up; with it, 30 + x <= 33 leaves x in 0..3: 4 values, fewer than k = 5.
 */
class PublishedBoundTest {
  private static final String I04 = "I04_vsv_percentage";
  private static final List<PublishedBound> BOUND =
      List.of(new PublishedBound(I04, 33, "datakwaliteit.csv"));

  private static IndicatorRow gemeente(String schooljaar, long teller) {
    return SmallTables.row(
        Schooljaar.of(schooljaar), I04, "GM0637", IndicatorRow.TOTAAL, null, teller, 1000L);
  }

  private static final List<IndicatorRow> ROWS =
      List.of(gemeente("2022-2023", 30), gemeente("2023-2024", 3));

  @Test
  void theBoundNarrowsTheSuppressedTellerBelowK() {
    boolean[] smallOnly = {false, true};
    assertEquals(List.of(), SmallNumberProtection.audit(ROWS, smallOnly, 5));
    List<RangeAuditor.Finding> findings = SmallNumberProtection.audit(ROWS, smallOnly, 5, BOUND);
    assertEquals(1, findings.size(), findings.toString());
  }

  @Test
  void protectionHidesTheOtherYearToo() {
    List<IndicatorRow> without = SmallNumberProtection.protect(ROWS, 5).rows();
    assertEquals(
        List.of(false, true), without.stream().map(IndicatorRow::onderdrukt).toList(), "no bound");
    List<IndicatorRow> with = SmallNumberProtection.protect(ROWS, 5, BOUND).rows();
    assertEquals(List.of(true, true), with.stream().map(IndicatorRow::onderdrukt).toList());
    boolean[] published = {true, true};
    assertTrue(SmallNumberProtection.audit(ROWS, published, 5, BOUND).isEmpty());
  }

  @Test
  void aBoundTheTrueFiguresBreakIsNoKnowledge() {
    // 20 resident rows cannot hold 33 leavers: a false relation is left out, not believed.
    List<PublishedBound> wrong = List.of(new PublishedBound(I04, 20, "onjuist"));
    assertEquals(
        AttackerKnowledge.of(ROWS).falseRelations() + 1,
        AttackerKnowledge.of(ROWS, wrong).falseRelations());
    assertEquals(
        AttackerKnowledge.of(ROWS).relations().size() + 1,
        AttackerKnowledge.of(ROWS, BOUND).relations().size());
  }
}
