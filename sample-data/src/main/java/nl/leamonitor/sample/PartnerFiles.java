package nl.leamonitor.sample;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import nl.leamonitor.sample.PartnerFile.BooleanStyle;
import nl.leamonitor.sample.PartnerFile.DateStyle;
import nl.leamonitor.sample.PartnerFile.Dialect;

/**
 * The eleven partner exports of a delivery, each in its partner's dialect and header spelling; a
 * life writes its rows to them by name, not by file name.
 */
final class PartnerFiles implements Closeable {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final double DAMAGE = 0.003;
  private static final double DUPLICATES = 0.002;

  private static final Dialect PARNASSYS =
      new Dialect(
          ';',
          StandardCharsets.UTF_8,
          true,
          "\r\n",
          DateStyle.DUTCH_PADDED,
          BooleanStyle.J_N,
          true,
          '-',
          false);
  private static final Dialect MAGISTER =
      new Dialect(
          ',',
          StandardCharsets.UTF_8,
          false,
          "\n",
          DateStyle.ISO,
          BooleanStyle.TRUE_FALSE,
          false,
          '/',
          true);
  private static final Dialect EDUARTE =
      new Dialect(
          '\t',
          WINDOWS_1252,
          false,
          "\r\n",
          DateStyle.DUTCH_SHORT,
          BooleanStyle.ONE_ZERO,
          true,
          '-',
          false);
  private static final Dialect KINDEROPVANG =
      new Dialect(
          ';',
          WINDOWS_1252,
          false,
          "\n",
          DateStyle.DUTCH_SHORT,
          BooleanStyle.JA_NEE,
          true,
          '-',
          false);
  private static final Dialect CITO =
      new Dialect(
          ',',
          StandardCharsets.UTF_8,
          false,
          "\n",
          DateStyle.ISO,
          BooleanStyle.TRUE_FALSE,
          false,
          '-',
          false);
  private static final Dialect RMC =
      new Dialect(
          ';',
          StandardCharsets.UTF_8,
          false,
          "\n",
          DateStyle.ISO,
          BooleanStyle.J_N,
          true,
          '-',
          false);
  private static final Dialect LEERPLICHT =
      new Dialect(
          ',',
          StandardCharsets.UTF_8,
          true,
          "\r\n",
          DateStyle.DUTCH_PADDED,
          BooleanStyle.J_N,
          false,
          '-',
          false);

  private static final Dialect PARNASSYS_ADVIES =
      new Dialect(
          ';',
          WINDOWS_1252,
          false,
          "\r\n",
          DateStyle.DUTCH_PADDED,
          BooleanStyle.J_N,
          true,
          '-',
          false);
  private static final Dialect GEMEENTE =
      new Dialect(
          ',',
          StandardCharsets.UTF_8,
          false,
          "\n",
          DateStyle.ISO,
          BooleanStyle.TRUE_FALSE,
          false,
          '-',
          false);

  /** Every file by its name, in the order they were opened (each takes the next random stream). */
  private final Map<String, PartnerFile> byName = new LinkedHashMap<>();

  final PartnerFile po;
  final PartnerFile vo;
  final PartnerFile mboHbo;
  final PartnerFile vve;
  final PartnerFile vertragingenParnassys;
  final PartnerFile vertragingenCito;
  final PartnerFile vsvVo;
  final PartnerFile vsvMbo;
  final PartnerFile thuiszitters;

  /** The po schools' advices (ParnasSys), opened by {@link #openTransitionFiles}. */
  PartnerFile schooladviezen;

  /** The gemeente's RMC register, opened by {@link #openTransitionFiles}. */
  PartnerFile rmc;

  /**
   * Opens the nine exports in {@code out}, each damaged and repeated by its own split of {@code
   * random}.
   */
  PartnerFiles(Path out, SplittableRandom random) throws IOException {
    po =
        open(
            out,
            "inschrijvingen_po_parnassys.csv",
            PARNASSYS,
            random,
            "BSN",
            "Schooljaar",
            "Geboortedatum",
            "Postcode",
            "BRIN",
            "Vestiging",
            "Sector",
            "Leerjaar",
            "VVE_indicatie");
    vo =
        open(
            out,
            "inschrijvingen_vo_magister.csv",
            MAGISTER,
            random,
            "bsn",
            "schooljaar",
            "geboortedatum",
            "postcode",
            "brin",
            "vestiging",
            "sector",
            "onderwijstype",
            "leerjaar",
            "diploma");
    mboHbo =
        open(
            out,
            "Inschrijvingen_MBO_HBO_Eduarte.csv",
            EDUARTE,
            random,
            "bsn",
            "schooljaar",
            "geboortedatum",
            "postcode",
            "brin",
            "sector",
            "onderwijstype",
            "leerjaar",
            "diploma",
            "opleiding");
    vve =
        open(
            out,
            "inschrijvingen_vve_kinderopvang.csv",
            KINDEROPVANG,
            random,
            " BSN ",
            " SCHOOLJAAR ",
            " GEBOORTEDATUM ",
            " POSTCODE ",
            " BRIN ",
            " SECTOR ",
            " LEERJAAR ",
            " VVE_INDICATIE ");
    vertragingenParnassys =
        open(
            out,
            "vertragingen_parnassys.csv",
            PARNASSYS,
            random,
            "BSN",
            "Schooljaar",
            "Meetmoment",
            "Domein",
            "Vertraging_maanden");
    vertragingenCito =
        open(
            out,
            "vertragingen_cito_lvs.csv",
            CITO,
            random,
            "bsn",
            "schooljaar",
            "meetmoment",
            "domein",
            "vertraging_maanden");
    vsvVo =
        open(
            out,
            "vsv_vo_rmc.csv",
            RMC,
            random,
            "bsn",
            "schooljaar",
            "geboortedatum",
            "postcode",
            "sector",
            "onderwijstype",
            "brin",
            "datum_uitschrijving");
    vsvMbo =
        open(
            out,
            "VSV_MBO_Eduarte.csv",
            EDUARTE,
            random,
            "Datum_Uitschrijving",
            "BSN",
            "Schooljaar",
            "Geboortedatum",
            "Postcode",
            "Sector",
            "Onderwijstype",
            "BRIN");
    thuiszitters =
        open(
            out,
            "thuiszitters_leerplicht.csv",
            LEERPLICHT,
            random,
            "leerling_id",
            "geboortedatum",
            "postcode",
            "categorie",
            "startdatum",
            "einddatum",
            "brin");
  }

  /**
   * Opens the exports of contract version 2 (schooladviezen, rmc) from a random stream of their
   * own, split off after the persons' streams, so the nine older exports stay the same bytes per
   * seed.
   */
  void openTransitionFiles(Path out, SplittableRandom random) throws IOException {
    schooladviezen =
        open(
            out,
            "schooladviezen_parnassys.csv",
            PARNASSYS_ADVIES,
            random,
            "BSN",
            "Schooljaar",
            "Schooladvies",
            "Toetsadvies",
            "Definitief_advies",
            "BRIN",
            "Vestiging",
            "Toelichting");
    rmc =
        open(
            out,
            "rmc_jongeren_in_beeld.csv",
            GEMEENTE,
            random,
            "bsn",
            "geboortedatum",
            "postcode",
            "peildatum",
            "situatie");
  }

  private PartnerFile open(
      Path out, String name, Dialect dialect, SplittableRandom random, String... header)
      throws IOException {
    PartnerFile file =
        new PartnerFile(
            out.resolve(name), dialect, List.of(header), random.split(), DAMAGE, DUPLICATES);
    byName.put(name, file);
    return file;
  }

  /** Returns the rows written per file name, sorted by name. */
  Map<String, Long> rowsPerFile() {
    Map<String, Long> rows = new TreeMap<>();
    byName.forEach((name, f) -> rows.put(name, f.rows()));
    return rows;
  }

  @Override
  public void close() throws IOException {
    for (PartnerFile f : byName.values()) {
      f.close();
    }
  }
}
