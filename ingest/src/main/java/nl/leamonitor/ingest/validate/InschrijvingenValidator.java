package nl.leamonitor.ingest.validate;

import static nl.leamonitor.ingest.lake.LakeColumn.bool;
import static nl.leamonitor.ingest.lake.LakeColumn.date;
import static nl.leamonitor.ingest.lake.LakeColumn.integer;
import static nl.leamonitor.ingest.lake.LakeColumn.text;

import java.time.LocalDate;
import java.util.List;
import nl.leamonitor.ingest.codes.Sector;
import nl.leamonitor.ingest.lake.LakeColumn;
import nl.leamonitor.ingest.values.Schooljaar;

/** Validates {@code inschrijvingen}: one row per student per enrolment per schooljaar. */
public final class InschrijvingenValidator implements RowValidator {
  private final PersonIdentifier persons;
  private final WijkLookup wijken;

  public InschrijvingenValidator(PersonIdentifier persons, WijkLookup wijken) {
    this.persons = persons;
    this.wijken = wijken;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("schooljaar", "geboortedatum", "postcode", "brin", "sector", "leerjaar");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of("vestiging", "onderwijstype", "diploma", "vve_indicatie");
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
        text("brin"),
        text("vestiging"),
        text("sector"),
        text("onderwijstype"),
        integer("leerjaar"),
        bool("diploma"),
        bool("vve_indicatie"));
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
    String brin = row.brin("brin");
    String vestiging = row.optionalVestiging("vestiging");
    Sector sector = row.code("sector", Sector::parse);
    String onderwijstype = Onderwijstype.of(row, sector);
    int leerjaar = row.whole("leerjaar");
    if (!sector.allowsLeerjaar(leerjaar)) {
      throw new RowRejected(RejectReason.LEERJAAR_BUITEN_BEREIK, "leerjaar");
    }
    boolean diploma = row.optionalBoolean("diploma");
    boolean vve = row.optionalBoolean("vve_indicatie");
    return new String[] {
      person.id(),
      person.keyVersion(),
      schooljaar.label(),
      born.toString(),
      postcode,
      wijken.wijkOf(postcode),
      brin,
      vestiging,
      sector.name(),
      onderwijstype,
      Integer.toString(leerjaar),
      Boolean.toString(diploma),
      Boolean.toString(vve)
    };
  }
}
