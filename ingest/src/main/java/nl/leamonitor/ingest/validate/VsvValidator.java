package nl.leamonitor.ingest.validate;

import static nl.leamonitor.ingest.lake.LakeColumn.date;
import static nl.leamonitor.ingest.lake.LakeColumn.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.leamonitor.ingest.codes.Sector;
import nl.leamonitor.ingest.lake.LakeColumn;
import nl.leamonitor.ingest.values.Schooljaar;

/** Validates {@code vsv}: new early school leavers, from VO or MBO. */
public final class VsvValidator implements RowValidator {
  private final PersonIdentifier persons;
  private final WijkLookup wijken;

  public VsvValidator(PersonIdentifier persons, WijkLookup wijken) {
    this.persons = persons;
    this.wijken = wijken;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("schooljaar", "geboortedatum", "postcode", "sector");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of("onderwijstype", "brin", "datum_uitschrijving");
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
        text("sector"),
        text("onderwijstype"),
        text("brin"),
        date("datum_uitschrijving"));
  }

  @Override
  public String[] validate(Row row) throws RowRejected {
    PersonIdentifier.Person person = persons.person(row);
    Schooljaar schooljaar = row.schooljaar("schooljaar");
    LocalDate born = row.date("geboortedatum");
    if (born.isAfter(schooljaar.peildatum())) {
      throw new RowRejected(RejectReason.GEBOORTEDATUM_NA_PEILDATUM, "geboortedatum");
    }
    String postcode = row.postcode("postcode");
    Sector sector =
        row.code(
            "sector",
            raw -> {
              Sector s = Sector.parse(raw);
              return s == Sector.VO || s == Sector.MBO ? s : null;
            });
    String onderwijstype = Onderwijstype.of(row, sector);
    String brin = row.optionalBrin("brin");
    LocalDate left = row.optionalDate("datum_uitschrijving");
    return new String[] {
      person.id(),
      person.keyVersion(),
      schooljaar.label(),
      born.toString(),
      postcode,
      wijken.wijkOf(postcode),
      sector.name(),
      onderwijstype,
      brin,
      Objects.toString(left, null)
    };
  }
}
