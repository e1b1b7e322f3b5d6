package nl.leamonitor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Deliveries in three dialects, each with rejected rows, and the exact bytes of their {@code
 * afgekeurd/} files, written out by hand: the delivered delimiter and encoding, a byte order mark
 * for UTF-8 (also when the delivery had none), CRLF line ends, and the reason as a sentence in
 * {@code toelichting}. Public so the Spark engine's parity test checks the same bytes.
 */
public final class RejectDialectFixtures {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private RejectDialectFixtures() {}

  /**
   * One delivered file and its expected reject file.
   *
   * @param resource the fixture on the classpath
   * @param deliveredAs its name in the delivery folder
   * @param expected the bytes of {@code afgekeurd/<deliveredAs>}
   */
  public record Case(String resource, String deliveredAs, byte[] expected) {
    @Override
    public String toString() {
      return resource;
    }
  }

  /**
   * Excel's "CSV (gescheiden door lijstscheidingsteken)" on a Dutch Windows: {@code ;},
   * Windows-1252, CRLF. Line 3's leerling_id holds {@code é} (0xE9), which comes back as 0xE9. Line
   * 4's holds byte 0x81 (a DOS code page 850 {@code ü}), which Windows-1252 leaves undefined: the
   * reader makes it U+FFFD, which Windows-1252 cannot encode, so it comes back as {@code ?}. Line
   * 5's sector {@code PO; groep 3} holds the delimiter, so it is quoted. No byte order mark.
   */
  public static final Case SEMICOLON_WINDOWS_1252 =
      new Case(
          "reject-dialect/inschrijvingen-semicolon-windows1252.csv",
          "inschrijvingen_po_parnassys.csv",
          ("regelnummer;reden;toelichting;kolom;leerling_id;schooljaar;geboortedatum;postcode;brin;vestiging;sector;onderwijstype;leerjaar;diploma;vve_indicatie\r\n"
               + "3;leerling_id_ongeldig;Het leerling_id moet 6 tot 128 tekens lang zijn, alleen"
               + " A-Z, a-z, 0-9, _ en"
               + " -.;leerling_id;ren\u00e9-2015;2023-2024;2015-06-06;2711AB;12AB;01;PO;;3;N;N\r\n"
               + "4;leerling_id_ongeldig;Het leerling_id moet 6 tot 128 tekens lang zijn, alleen"
               + " A-Z, a-z, 0-9, _ en"
               + " -.;leerling_id;m?ller-2015;2023-2024;2015-07-07;2711AC;12AB;01;PO;;3;N;N\r\n"
               + "5;code_onbekend;De code staat niet in de lijst van het"
               + " contract.;sector;po-leerling-05;2023-2024;2015-08-08;2711AD;12AB;01;\"PO; groep"
               + " 3\";;3;N;N\r\n")
              .getBytes(WINDOWS_1252));

  /**
   * A tab-separated UTF-8 export without byte order mark, LF line ends: the reject file gets the
   * mark (EF BB BF) and CRLF; {@code ≈} (U+2248, E2 89 88) stays UTF-8; the sentences' commas need
   * no quotes between tabs.
   */
  public static final Case TAB_UTF_8 =
      new Case(
          "reject-dialect/vertragingen-tab-utf8-no-bom.csv",
          "vertragingen_cito.csv",
          ("\uFEFFregelnummer\treden\ttoelichting\tkolom\tleerling_id\tschooljaar\tmeetmoment"
               + "\tdomein\tvertraging_maanden\r\n"
               + "3\tgetal_ongeldig\tHet veld is geen geldig getal of valt buiten het mogelijke"
               + " bereik.\tvertraging_maanden\tlvs-leerling-02\t2023-2024\tE\tREKENEN\t\u22483\r\n"
               + "4\tcode_onbekend\tDe code staat niet in de lijst van het contract.\tdomein"
               + "\tlvs-leerling-03\t2023-2024\tE\tBegrijpend lezen\t2\r\n")
              .getBytes(StandardCharsets.UTF_8));

  /**
   * Excel's "CSV UTF-8": {@code ,}, UTF-8 with byte order mark, CRLF. Sentences and values that
   * hold a comma are quoted; {@code é} is C3 A9.
   */
  public static final Case COMMA_UTF_8_BOM =
      new Case(
          "reject-dialect/vsv-comma-utf8-bom.csv",
          "vsv_rmc.csv",
          ("\uFEFFregelnummer,reden,toelichting,kolom,leerling_id,schooljaar,geboortedatum,"
                  + "postcode,sector,onderwijstype,brin,datum_uitschrijving\r\n"
                  + "3,postcode_ongeldig,\"De postcode moet 4 cijfers zijn (niet beginnend met 0),"
                  + " eventueel met 2 letters erachter.\",postcode,rmc-jongere-02,2023-2024,"
                  + "2006-05-05,\"2711 AB, Zoetermeer\",MBO,2,12AB,2024-02-01\r\n"
                  + "4,datum_ongeldig,\"De datum moet de vorm 2023-10-01, 01-10-2023 of 1-10-2023"
                  + " hebben.\",geboortedatum,rmc-jongere-03,2023-2024,31-02-2006,2711AC,MBO,"
                  + "Entree caf\u00e9,12AB,2024-03-01\r\n")
              .getBytes(StandardCharsets.UTF_8));

  /** Returns the three cases. */
  public static List<Case> cases() {
    return List.of(SEMICOLON_WINDOWS_1252, TAB_UTF_8, COMMA_UTF_8_BOM);
  }

  /** Copies a classpath fixture into a folder under a name. */
  public static void copy(String resource, Path target) throws IOException {
    try (InputStream in =
        RejectDialectFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("fixture ontbreekt: " + resource);
      }
      Files.createDirectories(target.getParent());
      Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
