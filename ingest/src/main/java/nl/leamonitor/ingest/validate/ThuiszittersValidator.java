package nl.leamonitor.ingest.validate;

import static nl.leamonitor.ingest.lake.LakeColumn.date;
import static nl.leamonitor.ingest.lake.LakeColumn.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.leamonitor.ingest.codes.Categorie;
import nl.leamonitor.ingest.lake.LakeColumn;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * Validates {@code thuiszitters}: leerplicht cases. The lake partitions them by the schooljaar in
 * which the case starts (a derived column; a case may run into later years).
 */
public final class ThuiszittersValidator implements RowValidator {
  private final PersonIdentifier persons;
  private final WijkLookup wijken;

  public ThuiszittersValidator(PersonIdentifier persons, WijkLookup wijken) {
    this.persons = persons;
    this.wijken = wijken;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("geboortedatum", "postcode", "categorie", "startdatum");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of("einddatum", "brin");
  }

  @Override
  public List<LakeColumn> lakeColumns() {
    return List.of(
        text("persoon"),
        text("sleutel_versie"),
        text("schooljaar"),
        date("geboortedatum"),
        text("postcode"),
        text("wijk_code"),
        text("categorie"),
        date("startdatum"),
        date("einddatum"),
        text("brin"));
  }

  @Override
  public String[] validate(Row row) throws RowRejected {
    PersonIdentifier.Person person = persons.person(row);
    LocalDate born = row.date("geboortedatum");
    String postcode = row.postcode("postcode");
    Categorie categorie = row.code("categorie", Categorie::parse);
    LocalDate start = row.date("startdatum");
    LocalDate end = row.optionalDate("einddatum");
    if (born.isAfter(start)) {
      throw new RowRejected(RejectReason.GEBOORTEDATUM_NA_STARTDATUM, "geboortedatum");
    }
    if (end != null && end.isBefore(start)) {
      throw new RowRejected(RejectReason.EINDDATUM_VOOR_STARTDATUM, "einddatum");
    }
    String brin = row.optionalBrin("brin");
    return new String[] {
      person.id(),
      person.keyVersion(),
      Schooljaar.containing(start).label(),
      born.toString(),
      postcode,
      wijken.wijkOf(postcode),
      categorie.name(),
      start.toString(),
      Objects.toString(end, null),
      brin
    };
  }
}
