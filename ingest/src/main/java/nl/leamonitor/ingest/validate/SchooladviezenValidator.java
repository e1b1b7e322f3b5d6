package nl.leamonitor.ingest.validate;

import static nl.leamonitor.ingest.lake.LakeColumn.integer;
import static nl.leamonitor.ingest.lake.LakeColumn.text;

import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.ingest.lake.LakeColumn;
import nl.leamonitor.ingest.values.SchoolAdvice;

/**
 * Validates {@code schooladviezen}: the po school's advice, the doorstroomtoets's advice and the
 * definitive advice per groep-8 pupil (contract section 1).
 *
 * <p>Each advice is written to the lake as its canonical label ({@code VMBO-GT/HAVO}) with its rank
 * ({@code _rang}, the sum of its levels' ranks, for "hoger" in I12 and I13) and its lower and upper
 * level's rank ({@code _laag}, {@code _hoog}, for I14's "above the upper level" and "below the
 * lower level"); an empty {@code toetsadvies} or {@code definitief_advies} is null in all four.
 */
public final class SchooladviezenValidator implements RowValidator {
  private static final List<String> ADVICES =
      List.of("schooladvies", "toetsadvies", "definitief_advies");

  private final PersonIdentifier persons;

  public SchooladviezenValidator(PersonIdentifier persons) {
    this.persons = persons;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("schooljaar", "schooladvies");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of("toetsadvies", "definitief_advies", "brin", "vestiging");
  }

  @Override
  public List<LakeColumn> lakeColumns() {
    List<LakeColumn> columns = new ArrayList<>();
    columns.add(text("persoon"));
    columns.add(text("sleutel_versie"));
    columns.add(text("schooljaar"));
    for (String advice : ADVICES) {
      columns.add(text(advice));
      columns.add(integer(advice + "_rang"));
      columns.add(integer(advice + "_laag"));
      columns.add(integer(advice + "_hoog"));
    }
    columns.add(text("brin"));
    columns.add(text("vestiging"));
    return List.copyOf(columns);
  }

  @Override
  public String[] validate(Row row) throws RowRejected {
    PersonIdentifier.Person person = persons.person(row);
    String schooljaar = row.schooljaar("schooljaar").label();
    SchoolAdvice schooladvies = advice("schooladvies", row.required("schooladvies"));
    SchoolAdvice toetsadvies = optionalAdvice(row, "toetsadvies");
    SchoolAdvice definitief = optionalAdvice(row, "definitief_advies");
    String brin = row.optionalBrin("brin");
    String vestiging = row.optionalVestiging("vestiging");
    List<String> values = new ArrayList<>();
    values.add(person.id());
    values.add(person.keyVersion());
    values.add(schooljaar);
    for (SchoolAdvice advice : new SchoolAdvice[] {schooladvies, toetsadvies, definitief}) {
      values.add(advice == null ? null : advice.label());
      values.add(advice == null ? null : Integer.toString(advice.rank()));
      values.add(advice == null ? null : Integer.toString(advice.lower().rank()));
      values.add(advice == null ? null : Integer.toString(advice.upper().rank()));
    }
    values.add(brin);
    values.add(vestiging);
    return values.toArray(new String[0]);
  }

  private static SchoolAdvice optionalAdvice(Row row, String column) throws RowRejected {
    String raw = row.text(column);
    return raw.isEmpty() ? null : advice(column, raw);
  }

  private static SchoolAdvice advice(String column, String raw) throws RowRejected {
    SchoolAdvice.Parsed parsed = SchoolAdvice.parse(raw);
    if (parsed instanceof SchoolAdvice.Invalid invalid) {
      throw new RowRejected(reason(invalid.problem()), column);
    }
    return ((SchoolAdvice.Valid) parsed).advice();
  }

  /** Returns the Dutch reject reason of each way delivered text is not an advice. */
  static RejectReason reason(SchoolAdvice.Problem problem) {
    return switch (problem) {
      case UNKNOWN_LEVEL -> RejectReason.ADVIES_ONBEKEND;
      case JOINED_TO_ITSELF -> RejectReason.ADVIES_ZELFDE_NIVEAU;
      case REVERSED -> RejectReason.ADVIES_OMGEKEERD;
      case NOT_ADJACENT -> RejectReason.ADVIES_NIET_AANSLUITEND;
    };
  }
}
