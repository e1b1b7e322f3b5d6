package nl.leamonitor.analytics.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole indicator step on a fixture small enough to compute by hand (the hand computation is in
 * the comments): a schooljaar still running on the rapportagedatum is voorlopig and published for
 * the gemeente only. WK063701 is Centrum (2711), WK063702 is Dorp (2712). The golden fixtures of
 * single indicators are folders under {@code golden/} ({@link GoldenFixtureTest}).
 */
class VoorlopigTest {
  private static final LocalDate RAPPORTAGEDATUM = LocalDate.of(2024, 6, 30);
  private static final String H = GoldenLake.INSCHRIJVINGEN_HEADER;

  @TempDir Path temp;

  /**
   * Two schooljaren, the second still running on the rapportagedatum 30 June 2024 (its last day is
   * 30 September 2024). Population aged 5-17: Centrum 100, Dorp 200, in both years.
   */
  private static GoldenLake voorlopig(GoldenLake lake) throws Exception {
    return lake.file(
            "inschrijvingen.csv",
            H
                // Both years: a VO and d MBO in Centrum, b MBO and c VO in Dorp; all aged 12-22 on
                // P(2022) and P(2023).
                // (Every wijk has both sectors, so that no unpublished 0/0 sector cell calls for
                // secondary suppression.)
                + "a-000001;2022-2023;2010-01-01;2711AA;14AB;;VO;HAVO;1;N;N\n"
                + "a-000001;2023-2024;2010-01-01;2711AA;14AB;;VO;HAVO;2;N;N\n"
                + "b-000001;2022-2023;2005-01-01;2712AA;15AB;;MBO;2;1;N;N\n"
                + "b-000001;2023-2024;2005-01-01;2712AA;15AB;;MBO;2;2;N;N\n"
                + "c-000001;2022-2023;2010-06-01;2712AA;14AB;;VO;HAVO;1;N;N\n"
                + "c-000001;2023-2024;2010-06-01;2712AA;14AB;;VO;HAVO;2;N;N\n"
                + "d-000001;2022-2023;2005-01-01;2711AA;15AB;;MBO;2;1;N;N\n"
                + "d-000001;2023-2024;2005-01-01;2711AA;15AB;;MBO;2;2;N;N\n")
        .file(
            "referentie/bevolking.csv",
            "jaar;wijk_code;leeftijd;aantal\n"
                + "2022;WK063701;10;100\n"
                + "2022;WK063702;10;200\n"
                + "2023;WK063701;10;100\n"
                + "2023;WK063702;10;200\n")
        // Every thuiszitter is born 1 Jan 2010: 12 on P(2022), 13 on P(2023).
        .file(
            "thuiszitters.csv",
            "leerling_id;geboortedatum;postcode;categorie;startdatum;einddatum\n"
                // 2022-2023. T1 Centrum absoluut 1 Nov 2022 - 1 Mar 2023: 30 + 31 + 31 + 28 = 120
                // days (>= 91).
                + "T1-00001;2010-01-01;2711AA;ABSOLUUT_VERZUIM;2022-11-01;2023-03-01\n"
                // T2 Dorp relatief 10 Oct - 20 Nov 2022: 41 days (a case, < 91).
                + "T2-00001;2010-01-01;2712AA;RELATIEF_VERZUIM;2022-10-10;2022-11-20\n"
                // 2023-2024. T3 Centrum absoluut 2 - 20 Oct 2023: 18 days.
                + "T3-00001;2010-01-01;2711AA;ABSOLUUT_VERZUIM;2023-10-02;2023-10-20\n"
                // T4 Dorp absoluut, open from 1 Feb 2024: to the rapportagedatum 29 + 31 + 30 + 31
                // + 30 = 151 days (>= 91).
                + "T4-00001;2010-01-01;2712AA;ABSOLUUT_VERZUIM;2024-02-01;\n"
                // T5 Dorp relatief 1 Nov - 15 Dec 2023: 44 days.
                + "T5-00001;2010-01-01;2712AA;RELATIEF_VERZUIM;2023-11-01;2023-12-15\n")
        .file(
            "vsv.csv",
            "leerling_id;schooljaar;geboortedatum;postcode;sector\n"
                + "b-000001;2022-2023;2005-01-01;2712AA;MBO\n"
                + "a-000001;2023-2024;2010-01-01;2711AA;VO\n"
                + "c-000001;2023-2024;2010-06-01;2712AA;VO\n");
  }

  /**
   * Returns the published rows as "indicator schooljaar area uitsplitsing categorie teller/noemer",
   * voorlopig rows marked.
   */
  private static List<String> projected(List<String> csv) {
    assertEquals(
        "indicator,schooljaar,gebied_type,gebied_code,gebied_naam,uitsplitsing,categorie,teller,noemer,waarde,"
            + "ci_laag,ci_hoog,vergelijking,onderdrukt,voorlopig",
        csv.get(0));
    return csv.stream()
        .skip(1)
        .map(
            line -> {
              String[] f = line.split(",", -1);
              assertEquals(15, f.length, line);
              assertEquals("false", f[13], "k = 1 suppresses nothing: " + line);
              return f[0].substring(0, 3)
                  + " "
                  + f[1]
                  + " "
                  + f[3]
                  + " "
                  + f[5]
                  + " "
                  + (f[6].isEmpty() ? "-" : f[6])
                  + " "
                  + f[7]
                  + "/"
                  + (f[8].isEmpty() ? "-" : f[8])
                  + ("true".equals(f[14]) ? " voorlopig" : "");
            })
        .toList();
  }

  @Test
  void aRunningSchooljaarIsVoorlopigAndPublishedForTheGemeenteOnly() throws Exception {
    // 2023-2024 ends on 30 Sep 2024, after the rapportagedatum 30 Jun 2024: I02, I03 and I04
    // publish
    // only gemeente rows, voorlopig, still summing every wijk cell. 2022-2023 has its wijk rows,
    // and
    // I01 (a count of enrolments, not of events) keeps its wijk rows in 2023-2024.
    // I01: both years Centrum a (VO) and d (MBO), Dorp b (MBO) and c (VO).
    // I02: 2022-2023 Centrum T1 (absoluut) 1/100, Dorp T2 (relatief) 1/200, gemeente 2/300;
    //      2023-2024 Centrum T3, Dorp T4 (absoluut) and T5 (relatief): gemeente 3/300, absoluut
    // 2/300, relatief 1/300.
    // I03: 2022-2023 Centrum T1 120 days: 1/1, Dorp T2 41 days: 0/1; 2023-2024 only T4 of T3, T4,
    // T5: 1/3.
    // I04: noemer both years Centrum a (VO), d (MBO), Dorp b (MBO), c (VO). 2022-2023 teller b
    // (Dorp, MBO):
    //      gemeente 1/4, MBO 1/2, VO 0/2; 2023-2024 teller a (Centrum, VO) and c (Dorp, VO): 2/4,
    // VO 2/2, MBO 0/2.
    assertEquals(
        List.of(
            "I01 2022-2023 GM0637 sector MBO 2/-",
            "I01 2022-2023 GM0637 sector VO 2/-",
            "I01 2022-2023 GM0637 totaal - 4/-",
            "I01 2022-2023 WK063701 sector MBO 1/-",
            "I01 2022-2023 WK063701 sector VO 1/-",
            "I01 2022-2023 WK063701 totaal - 2/-",
            "I01 2022-2023 WK063702 sector MBO 1/-",
            "I01 2022-2023 WK063702 sector VO 1/-",
            "I01 2022-2023 WK063702 totaal - 2/-",
            "I01 2023-2024 GM0637 sector MBO 2/-",
            "I01 2023-2024 GM0637 sector VO 2/-",
            "I01 2023-2024 GM0637 totaal - 4/-",
            "I01 2023-2024 WK063701 sector MBO 1/-",
            "I01 2023-2024 WK063701 sector VO 1/-",
            "I01 2023-2024 WK063701 totaal - 2/-",
            "I01 2023-2024 WK063702 sector MBO 1/-",
            "I01 2023-2024 WK063702 sector VO 1/-",
            "I01 2023-2024 WK063702 totaal - 2/-",
            "I02 2022-2023 GM0637 categorie ABSOLUUT_VERZUIM 1/300",
            "I02 2022-2023 GM0637 categorie RELATIEF_VERZUIM 1/300",
            "I02 2022-2023 GM0637 totaal - 2/300",
            "I02 2022-2023 WK063701 categorie ABSOLUUT_VERZUIM 1/100",
            "I02 2022-2023 WK063701 categorie RELATIEF_VERZUIM 0/100",
            "I02 2022-2023 WK063701 totaal - 1/100",
            "I02 2022-2023 WK063702 categorie ABSOLUUT_VERZUIM 0/200",
            "I02 2022-2023 WK063702 categorie RELATIEF_VERZUIM 1/200",
            "I02 2022-2023 WK063702 totaal - 1/200",
            "I02 2023-2024 GM0637 categorie ABSOLUUT_VERZUIM 2/300 voorlopig",
            "I02 2023-2024 GM0637 categorie RELATIEF_VERZUIM 1/300 voorlopig",
            "I02 2023-2024 GM0637 totaal - 3/300 voorlopig",
            "I03 2022-2023 GM0637 totaal - 1/2",
            "I03 2022-2023 WK063701 totaal - 1/1",
            "I03 2022-2023 WK063702 totaal - 0/1",
            "I03 2023-2024 GM0637 totaal - 1/3 voorlopig",
            "I04 2022-2023 GM0637 sector MBO 1/2",
            "I04 2022-2023 GM0637 sector VO 0/2",
            "I04 2022-2023 GM0637 totaal - 1/4",
            "I04 2022-2023 WK063701 sector MBO 0/1",
            "I04 2022-2023 WK063701 sector VO 0/1",
            "I04 2022-2023 WK063701 totaal - 0/2",
            "I04 2022-2023 WK063702 sector MBO 1/1",
            "I04 2022-2023 WK063702 sector VO 0/1",
            "I04 2022-2023 WK063702 totaal - 1/2",
            "I04 2023-2024 GM0637 sector MBO 0/2 voorlopig",
            "I04 2023-2024 GM0637 sector VO 2/2 voorlopig",
            "I04 2023-2024 GM0637 totaal - 2/4 voorlopig"),
        projected(voorlopig(new GoldenLake(temp)).published(RAPPORTAGEDATUM, 1)));
  }

  @Test
  void aSchooljaarIsFinalFromItsLastDay() throws Exception {
    GoldenLake lake = voorlopig(new GoldenLake(temp));
    // On 29 Sep 2024 2023-2024 still runs; on 30 Sep 2024, its last day, it is final: Dorp's wijk
    // rows
    // of 2023-2024 appear (T4's open case now ends on 30 Sep: still one case, in Dorp).
    List<String> dayBefore = projected(lake.published(LocalDate.of(2024, 9, 29), 1));
    assertEquals(
        7, dayBefore.stream().filter(r -> r.endsWith(" voorlopig")).count()); // I02 3, I03 1, I04 3
    assertEquals(
        List.of(), dayBefore.stream().filter(r -> r.startsWith("I02 2023-2024 WK")).toList());
    List<String> lastDay = projected(lake.published(LocalDate.of(2024, 9, 30), 1));
    assertEquals(List.of(), lastDay.stream().filter(r -> r.endsWith(" voorlopig")).toList());
    assertEquals(
        List.of(
            "I02 2023-2024 WK063702 categorie ABSOLUUT_VERZUIM 1/200",
            "I02 2023-2024 WK063702 categorie RELATIEF_VERZUIM 1/200",
            "I02 2023-2024 WK063702 totaal - 2/200"),
        lastDay.stream().filter(r -> r.startsWith("I02 2023-2024 WK063702")).toList());
  }

  @Test
  void aSuppressedVoorlopigGemeenteFigureCannotBeDerived() throws Exception {
    // With k = 5 every voorlopig gemeente row of 2023-2024 is below k (I02 3, 2 and 1 thuiszitters;
    // I03 1 of 3; I04 noemers 4, 2 and 2): all are suppressed, and the run still publishes, since
    // the unpublished wijk cells of a voorlopig year are unknowns, not zeros that would give the
    // gemeente's suppressed figures away (before, the run failed: "celonderdrukking is niet
    // sluitend").
    List<String> csv = voorlopig(new GoldenLake(temp)).published(RAPPORTAGEDATUM, 5);
    assertEquals(
        List.of(
            "I02_thuiszitters_per_1000,2023-2024,gemeente,GM0637,Zoetermeer,categorie,ABSOLUUT_VERZUIM,,,,,,,true,true",
            "I02_thuiszitters_per_1000,2023-2024,gemeente,GM0637,Zoetermeer,categorie,RELATIEF_VERZUIM,,,,,,,true,true",
            "I02_thuiszitters_per_1000,2023-2024,gemeente,GM0637,Zoetermeer,totaal,,,,,,,,true,true",
            "I03_thuiszitters_langer_3_maanden,2023-2024,gemeente,GM0637,Zoetermeer,totaal,,,,,,,,true,true",
            "I04_vsv_percentage,2023-2024,gemeente,GM0637,Zoetermeer,sector,MBO,,,,,,,true,true",
            "I04_vsv_percentage,2023-2024,gemeente,GM0637,Zoetermeer,sector,VO,,,,,,,true,true",
            "I04_vsv_percentage,2023-2024,gemeente,GM0637,Zoetermeer,totaal,,,,,,,,true,true"),
        csv.stream().filter(line -> line.endsWith(",true")).toList());
  }
}
