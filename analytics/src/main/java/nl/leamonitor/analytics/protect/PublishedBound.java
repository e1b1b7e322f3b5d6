package nl.leamonitor.analytics.protect;

/**
 * A number the run publishes outside {@code indicatoren.csv} that bounds an indicator's figures:
 * the sum, over every schooljaar the indicator has rows for, of its gemeente totaal tellers is at
 * most {@code atMost} (contract section 4: protection considers everything one run publishes).
 *
 * <p>Example: {@code datakwaliteit.csv} gives, per {@code vsv} file, the accepted rows and those
 * outside the gemeente; their difference, summed over the files, counts every resident early school
 * leaver of every year once (duplicates are dropped by person and schooljaar), so it bounds the sum
 * of I04's gemeente tellers, and on a delivery of only 12-22 year olds equals it. Without this
 * relation a suppressed gemeente teller of one year would follow from the others.
 *
 * @param indicator the indicator id whose gemeente totaal tellers are summed
 * @param atMost the published bound
 * @param reason a short Dutch description, for messages and tests
 */
public record PublishedBound(String indicator, long atMost, String reason) {}
