package nl.leamonitor.sample;

import java.util.Locale;
import java.util.SplittableRandom;
import nl.leamonitor.ingest.values.AdviceLevel;
import nl.leamonitor.ingest.values.SchoolAdvice;

/**
 * A groep-8 pupil's advices, drawn from the VO level the pupil later reaches: the school's advice,
 * the doorstroomtoets's advice (null without a toets result) and the definitive advice (null when
 * unchanged).
 *
 * <p>Under-advice is the school advising one step below what the toets shows and what the child
 * later reaches; it is more common in disadvantaged wijken, where the advice is also raised less
 * often, so more of their pupils stand above their advice in VO leerjaar 3.
 */
record Advice(SchoolAdvice schooladvies, SchoolAdvice toetsadvies, SchoolAdvice definitief) {

  /** Returns the share of pupils with a toets whose toets is above the school's advice. */
  static double underAdvice(double disadvantage) {
    return 0.25 + 0.14 * disadvantage;
  }

  /** Returns the share of under-advised pupils whose advice is raised after the toets. */
  static double raised(double disadvantage) {
    return 0.42 - 0.18 * disadvantage;
  }

  /** Draws the advices of a pupil who reaches {@code reached}, living in a wijk of disadvantage. */
  static Advice draw(AdviceLevel reached, double disadvantage, SplittableRandom random) {
    int level = reached.rank();
    if (random.nextDouble() < 0.03 + 0.03 * Math.max(0, disadvantage)) {
      return new Advice(nearLevel(level, random), null, null);
    }
    if (level >= 2 && random.nextDouble() < underAdvice(disadvantage)) {
      // The toets shows the level the child reaches (or half a step more); the school advises less.
      SchoolAdvice toets = random.nextDouble() < 0.85 || level == 6 ? single(level) : pair(level);
      double r = random.nextDouble();
      SchoolAdvice school =
          r < 0.75 ? single(level - 1) : r < 0.9 || level < 3 ? pair(level - 1) : pair(level - 2);
      SchoolAdvice definitief = null;
      if (random.nextDouble() < raised(disadvantage)) {
        SchoolAdvice halfStep = byRank(school.rank() + 1);
        definitief =
            random.nextDouble() < 0.5 || halfStep.rank() >= toets.rank() ? toets : halfStep;
      }
      return new Advice(school, toets, definitief);
    }
    SchoolAdvice school = nearLevel(level, random);
    int lower = school.lower().rank();
    double r = random.nextDouble();
    SchoolAdvice toets =
        r < 0.7 || lower == 1 ? single(lower) : r < 0.88 ? single(lower - 1) : pair(lower - 1);
    return new Advice(school, toets, null);
  }

  /**
   * Returns a school advice that fits a child who reaches {@code level}: mostly that level, else a
   * combined advice around it, sometimes one level too high (the child ends below its advice).
   */
  private static SchoolAdvice nearLevel(int level, SplittableRandom random) {
    double r = random.nextDouble();
    if (r < 0.6) {
      return single(level);
    }
    if (r < 0.78) {
      return level < 6 ? pair(level) : single(level);
    }
    if (r < 0.9) {
      return level > 1 ? pair(level - 1) : single(level);
    }
    return level < 6 ? single(level + 1) : single(level);
  }

  private static SchoolAdvice single(int rank) {
    return SchoolAdvice.of(AdviceLevel.values()[rank - 1]);
  }

  /** Returns the combined advice of level {@code rank} and the next. */
  private static SchoolAdvice pair(int rank) {
    return new SchoolAdvice(AdviceLevel.values()[rank - 1], AdviceLevel.values()[rank]);
  }

  /** Returns the advice of a rank (the sum of its levels' ranks, 2..12). */
  private static SchoolAdvice byRank(int rank) {
    return rank % 2 == 0 ? single(rank / 2) : pair(rank / 2);
  }

  /**
   * Writes an advice the way one school's administration spells it: {@code style} 0 the canonical
   * codes with the VMBO level after the {@code /} shortened ({@code VMBO-B/K}, {@code
   * VMBO-GT/HAVO}), 1 lower case with the ParnasSys aliases ({@code vmbo-bb/kb}, {@code vmbo-tl},
   * {@code havo/vwo}), 2 the canonical codes in full, 3 the aliases with spaces around the {@code
   * /} ({@code VMBO-KB / VMBO-TL}).
   */
  static String spell(SchoolAdvice advice, int style) {
    if (advice == null) {
      return null;
    }
    String lower = level(advice.lower(), style);
    if (advice.isSingle()) {
      return lower;
    }
    String upper = level(advice.upper(), style);
    return switch (style) {
      case 0, 1 -> lower + "/" + upper.replaceFirst("(?i)^vmbo-", "");
      case 2 -> lower + "/" + upper;
      default -> lower + " / " + upper;
    };
  }

  private static String level(AdviceLevel level, int style) {
    if (style == 0 || style == 2) {
      return level.code();
    }
    String alias =
        switch (level) {
          case VMBO_B -> "VMBO-BB";
          case VMBO_K -> "VMBO-KB";
          case VMBO_GT -> "VMBO-TL";
          default -> level.code();
        };
    return style == 1 ? alias.toLowerCase(Locale.ROOT) : alias;
  }
}
