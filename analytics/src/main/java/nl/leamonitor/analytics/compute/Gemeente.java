package nl.leamonitor.analytics.compute;

/**
 * The gemeente a delivery is about, as {@code wijken.csv} names it.
 *
 * @param code the CBS code, {@code GM0637}
 * @param naam the name, {@code Zoetermeer}; the code when {@code wijken.csv} gives no name
 */
public record Gemeente(String code, String naam) {}
