package nl.leamonitor.analytics.catalogue;

/** Whether a higher value is good news, bad news, or neither. */
public enum Polarity {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER,
  NEUTRAL
}
