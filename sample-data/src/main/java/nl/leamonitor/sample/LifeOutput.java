package nl.leamonitor.sample;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one life produced: its rows per partner file the residents and the pupils it counted, in
 * order. Lives are simulated on several threads; their outputs are replayed in person order on one.
 */
final class LifeOutput {
  private final List<PartnerFile> targets = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Town> towns = new ArrayList<>();
  private final List<int[]> residents = new ArrayList<>();
  private final List<Town> schoolTowns = new ArrayList<>();
  private final List<Integer> schools = new ArrayList<>();

  /** Records a row for {@code file}, formatted in its dialect now. */
  void row(PartnerFile file, Map<String, Object> values) {
    targets.add(file);
    rows.add(file.fields(values));
  }

  /**
   * Records that the person lived in wijk {@code wijk} of {@code town} in a schooljaar at an age.
   */
  void resident(Town town, int wijk, int year, int age) {
    towns.add(town);
    residents.add(new int[] {wijk, year, age});
  }

  /**
   * Records that the person, a resident, was a PO pupil of school {@code school} (an index of the
   * town's schools) in the last schooljaar: the pupils its building's capaciteit is set from.
   */
  void pupil(Town town, int school) {
    schoolTowns.add(town);
    schools.add(school);
  }

  /** Writes the rows to their files and adds the residents to their towns' population. */
  void replay() throws IOException {
    for (int i = 0; i < rows.size(); i++) {
      targets.get(i).write(rows.get(i));
    }
    for (int i = 0; i < residents.size(); i++) {
      int[] r = residents.get(i);
      towns.get(i).population[r[0]][r[1]][r[2]]++;
    }
    for (int i = 0; i < schools.size(); i++) {
      schoolTowns.get(i).lastYearPupils[schools.get(i)]++;
    }
  }
}
