package nl.leamonitor.analytics.forecast;

import java.util.Objects;

/**
 * Why part of the pupil forecast is missing, said twice in Dutch: for the analyst (the log and
 * {@code manifest.json}, naming files and codes such as {@code referentie/scholen.csv} and {@code
 * P01}) and for the report's reader (plain words, no file names or codes).
 *
 * @param analyst the text for the log and {@code manifest.json}
 * @param reader the text for the report
 */
public record Explanation(String analyst, String reader) {
  /** Creates an explanation; both texts are required. */
  public Explanation {
    Objects.requireNonNull(analyst, "analyst");
    Objects.requireNonNull(reader, "reader");
  }
}
