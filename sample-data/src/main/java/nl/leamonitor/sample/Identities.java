package nl.leamonitor.sample;

import java.util.SplittableRandom;

/** Hands out synthetic personal numbers: BSNs in the 99xxxxxxx test range, 2 % onderwijsnummers. */
final class Identities {
  private final SplittableRandom random;
  private long nextBsn = 990_000_000L;
  private long nextOnderwijsnummer = 100_000_000L;
  private long nextLeadingZero = 99_000_000L;

  Identities(SplittableRandom random) {
    this.random = random;
  }

  /**
   * Numbers for millions of persons: BSNs from 200,000,000 (Zoetermeer's 99xxxxxxx range would run
   * past nine digits), leading-zero BSNs from 010,000,000.
   */
  static Identities national(SplittableRandom random) {
    Identities ids = new Identities(random);
    ids.nextBsn = 200_000_000L;
    ids.nextLeadingZero = 10_000_000L;
    return ids;
  }

  String next() {
    if (random.nextInt(50) == 0) {
      nextOnderwijsnummer = search(nextOnderwijsnummer + 1 + random.nextInt(40), 5);
      return String.format("%09d", nextOnderwijsnummer);
    }
    if (random.nextInt(40) == 0) {
      // A BSN with a leading zero: the PO export shows what Excel does to it (8 digits).
      nextLeadingZero = search(nextLeadingZero + 1 + random.nextInt(25), 0);
      return String.format("%09d", nextLeadingZero);
    }
    nextBsn = search(nextBsn + 1 + random.nextInt(25), 0);
    return Long.toString(nextBsn);
  }

  private static long search(long from, int remainder) {
    for (long n = from; ; n++) {
      String s = String.format("%09d", n);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (s.charAt(i) - '0');
      }
      sum -= s.charAt(8) - '0';
      if (Math.floorMod(sum, 11) == remainder && !s.equals("000000000")) {
        return n;
      }
    }
  }
}
