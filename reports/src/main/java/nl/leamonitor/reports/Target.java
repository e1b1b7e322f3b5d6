package nl.leamonitor.reports;

/**
 * A SMART target of the stuurgroep (configuration {@code doelen}).
 *
 * @param indicator the indicator's id
 * @param value the target value, in the indicator's unit
 * @param higherIsTarget whether the value must reach at least the target ({@code hoger}) or at most ({@code lager})
 * @param deadline the schooljaar by which it must be reached, e.g. {@code 2029-2030}
 */
public record Target(String indicator, double value, boolean higherIsTarget, String deadline) {}
