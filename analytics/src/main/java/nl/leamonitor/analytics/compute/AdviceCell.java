package nl.leamonitor.analytics.compute;

import nl.leamonitor.ingest.values.Schooljaar;

/**
 * One cell of the gemeente's cross-table of schooladvies against toetsadvies in a schooljaar
 * ({@code sql/indicators/advies_toets.sql}): the resident groep-8 pupils with this pair of advices.
 *
 * @param schooljaar the pupils' groep-8 year
 * @param schooladvies the school's advice as the lake writes it ({@code VMBO-GT/HAVO})
 * @param schooladviesRang its rank (contract section 1: lower plus upper level's rank, 2 to 12)
 * @param toetsadvies the doorstroomtoets's advice
 * @param toetsadviesRang its rank
 * @param aantal the number of pupils, at least 1
 */
public record AdviceCell(
    Schooljaar schooljaar,
    String schooladvies,
    int schooladviesRang,
    String toetsadvies,
    int toetsadviesRang,
    long aantal) {

  /** Returns whether the toetsadvies is hoger than the schooladvies: counted in I12's teller. */
  public boolean toetsHoger() {
    return toetsadviesRang > schooladviesRang;
  }
}
