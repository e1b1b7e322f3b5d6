package nl.leamonitor.ingest.validate;

import static nl.leamonitor.ingest.lake.LakeColumn.decimal;
import static nl.leamonitor.ingest.lake.LakeColumn.text;

import java.util.List;
import nl.leamonitor.ingest.codes.Domein;
import nl.leamonitor.ingest.codes.Meetmoment;
import nl.leamonitor.ingest.lake.LakeColumn;

/** Validates {@code vertragingen}: learning delays from pupil tracking tests. */
public final class VertragingenValidator implements RowValidator {
  private final PersonIdentifier persons;

  public VertragingenValidator(PersonIdentifier persons) {
    this.persons = persons;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("schooljaar", "meetmoment", "domein", "vertraging_maanden");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of();
  }

  @Override
  public List<LakeColumn> lakeColumns() {
    return List.of(
        text("persoon"),
        text("sleutel_versie"),
        text("schooljaar"),
        text("meetmoment"),
        text("domein"),
        decimal("vertraging_maanden"));
  }

  @Override
  public String[] validate(Row row) throws RowRejected {
    PersonIdentifier.Person person = persons.person(row);
    return new String[] {
      person.id(),
      person.keyVersion(),
      row.schooljaar("schooljaar").label(),
      row.code("meetmoment", Meetmoment::parse).name(),
      row.code("domein", Domein::parse).name(),
      row.decimal("vertraging_maanden").toPlainString()
    };
  }
}
