package nl.leamonitor.reports;

import nl.leamonitor.ingest.values.Schooljaar;

/**
 * A SMART target of the stuurgroep (configuration {@code doelen}).
 *
 * @param indicator the indicator's id
 * @param value the target value, in the indicator's unit
 * @param higherIsTarget whether the value must reach at least the target ({@code hoger}) or at most
 *     ({@code lager})
 * @param deadline the schooljaar by which it must be reached
 */
public record Target(String indicator, double value, boolean higherIsTarget, Schooljaar deadline) {}
