package nl.leamonitor.analytics.coverage;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * What the lake holds per schooljaar, as the coverage models list it: for each kind of data, the
 * schooljaren (and for enrolment rows, the sectors) of which at least one row was delivered.
 */
public final class Delivered {
  private final Map<Requirement.Kind, Set<Schooljaar>> years =
      new EnumMap<>(Requirement.Kind.class);
  private final Set<InSector> inSector = new HashSet<>();

  /** Data of a kind delivered for a schooljaar in a sector. */
  private record InSector(Requirement.Kind kind, Schooljaar schooljaar, String sector) {}

  /** Records that data of a kind (and a sector, or null) were delivered for a schooljaar. */
  public Delivered add(Requirement.Kind kind, Schooljaar schooljaar, String sector) {
    years.computeIfAbsent(kind, k -> new HashSet<>()).add(schooljaar);
    if (sector != null) {
      inSector.add(new InSector(kind, schooljaar, sector));
    }
    return this;
  }

  /** Returns whether data of a kind were delivered for a schooljaar (in a sector, unless null). */
  public boolean has(Requirement.Kind kind, Schooljaar schooljaar, String sector) {
    return sector == null
        ? years.getOrDefault(kind, Set.of()).contains(schooljaar)
        : inSector.contains(new InSector(kind, schooljaar, sector));
  }

  /** Returns the schooljaren of which data of a kind were delivered, oldest first. */
  public SortedSet<Schooljaar> years(Requirement.Kind kind) {
    return new TreeSet<>(years.getOrDefault(kind, Set.of()));
  }
}
