package nl.leamonitor.analytics.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A golden fixture per indicator, small enough to compute by hand; the hand computation is in
 * the comments. Cells are "schooljaar wijk uitsplitsing categorie teller/noemer" at wijk level
 * (the gemeente rows are their sums, tested in IndicatorTableTest). WK063701 is Centrum (2711),
 * WK063702 is Dorp (2712); 9999ZZ lies outside the gemeente.
 */
class GoldenIndicatorTest {
  private static final LocalDate RAPPORTAGEDATUM = LocalDate.of(2024, 6, 30);
  private static final String H = GoldenLake.INSCHRIJVINGEN_HEADER;

  @TempDir Path temp;

  @Test
  void i01Leerlingen() throws Exception {
    GoldenLake lake = new GoldenLake(temp).file("inschrijvingen.csv", H
        // p1 is enrolled twice in 2023-2024: totaal and PO from the first row (Centrum), SO from its own first row (Dorp).
        + "p1-0001;2023-2024;2012-01-01;2711AA;12AB;;PO;;8;N;N\n"
        + "p1-0001;2023-2024;2012-01-01;2712AA;13AB;;SO;;8;N;N\n"
        // p2 lives outside the gemeente: counted nowhere.
        + "p2-0001;2023-2024;2010-01-01;9999ZZ;14AB;;VO;HAVO;2;N;N\n"
        // p3 in Dorp in both years.
        + "p3-0001;2022-2023;2010-01-01;2712AA;14AB;;VO;HAVO;1;N;N\n"
        + "p3-0001;2023-2024;2010-01-01;2712AA;14AB;;VO;HAVO;2;N;N\n"
        // p4's first row of 2023-2024 is outside the gemeente: no totaal and no VO (no fall-back to a later row);
        // its first MBO row lies in Centrum.
        + "p4-0001;2023-2024;2005-01-01;9999ZZ;14AB;;VO;HAVO;5;N;N\n"
        + "p4-0001;2023-2024;2005-01-01;2711AA;15AB;;MBO;2;1;N;N\n");
    assertEquals(List.of(
        "2022-2023 WK063702 sector VO 1/-",
        "2022-2023 WK063702 totaal - 1/-",
        "2023-2024 WK063701 sector MBO 1/-",
        "2023-2024 WK063701 sector PO 1/-",
        "2023-2024 WK063701 totaal - 1/-",
        "2023-2024 WK063702 sector SO 1/-",
        "2023-2024 WK063702 sector VO 1/-",
        "2023-2024 WK063702 totaal - 1/-"), lake.cells("I01_leerlingen", RAPPORTAGEDATUM));
  }

  private static GoldenLake thuiszitters(GoldenLake lake) throws Exception {
    return lake
        .file("inschrijvingen.csv", H + "x-000001;2022-2023;2012-01-01;2711AA;12AB;;PO;;6;N;N\n"
            + "x-000001;2023-2024;2012-01-01;2711AA;12AB;;PO;;7;N;N\n")
        // Population aged 5-17: Centrum 100 (age 4 and 18 do not count), Dorp 200, in both years.
        .file("referentie/bevolking.csv", "jaar;wijk_code;leeftijd;aantal\n"
            + "2022;WK063701;4;50\n2022;WK063701;10;100\n2022;WK063701;18;70\n2022;WK063702;5;120\n2022;WK063702;17;80\n"
            + "2023;WK063701;4;50\n2023;WK063701;10;100\n2023;WK063701;18;70\n2023;WK063702;5;120\n2023;WK063702;17;80\n")
        .file("thuiszitters.csv", "leerling_id;geboortedatum;postcode;categorie;startdatum;einddatum\n"
            // line 2  A: relatief 1 Nov - 28 Nov = 27 days: below 28, no case.
            + "A-000001;2010-01-01;2711AA;RELATIEF_VERZUIM;2023-11-01;2023-11-28\n"
            // line 3  B: relatief 1 Nov - 29 Nov = 28 days: a case. Born 1 Oct 2018: 5 on P(2023) = 1 Oct 2023 (birthday counts).
            + "B-000001;2018-10-01;2711AA;RELATIEF_VERZUIM;2023-11-01;2023-11-29\n"
            // line 4  C: absoluut, 2 days: any length counts. Born 1 Oct 2006: 17 on P(2023). Dorp.
            + "C-000001;2006-10-01;2712AA;ABSOLUUT_VERZUIM;2023-12-01;2023-12-03\n"
            // line 5  D: absoluut 1 Jan - 31 Mar 2024 = 31 + 29 + 30 = 90 days. Centrum (D's first case).
            + "D-000001;2010-01-01;2711AA;ABSOLUUT_VERZUIM;2024-01-01;2024-03-31\n"
            // line 6  D again: relatief 5 Oct - 10 Nov = 36 days, in Dorp: D's first RELATIEF case.
            + "D-000001;2010-01-01;2712AA;RELATIEF_VERZUIM;2023-10-05;2023-11-10\n"
            // line 7  E: absoluut 1 Jan - 1 Apr 2024 = 91 days.
            + "E-000001;2010-01-01;2711AA;ABSOLUUT_VERZUIM;2024-01-01;2024-04-01\n"
            // line 8  F: relatief 1 Jun 2023 - 31 Dec 2023, spans two schooljaren. Dorp.
            //         2022-2023: ends at P(2023) - 1 day = 30 Sep 2023: 121 days. 2023-2024: ends 31 Dec: 213 days from the real start.
            + "F-000001;2010-01-01;2712AA;RELATIEF_VERZUIM;2023-06-01;2023-12-31\n"
            // line 9  G: open absoluut case from 1 May 2024: ends at the rapportagedatum 30 Jun 2024: 60 days. Dorp.
            + "G-000001;2010-01-01;2712AA;ABSOLUUT_VERZUIM;2024-05-01;\n"
            // line 10 H: open relatief case from 10 Jun 2024: 20 days to the rapportagedatum: no case.
            + "H-000001;2010-01-01;2711AA;RELATIEF_VERZUIM;2024-06-10;\n"
            // line 11 I: starts after the rapportagedatum: its start lies after its end in 2023-2024: no case.
            + "I-000001;2010-01-01;2711AA;ABSOLUUT_VERZUIM;2024-07-15;\n"
            // line 12 J: vrijstelling is no thuiszitter case.
            + "J-000001;2010-01-01;2711AA;VRIJSTELLING;2023-10-10;2024-06-01\n"
            // line 13 K: born 1 Oct 2005: 18 on P(2023): too old. Line 14 L: born 2 Oct 2018: 4: too young.
            + "K-000001;2005-10-01;2711AA;ABSOLUUT_VERZUIM;2023-10-15;2023-10-20\n"
            + "L-000001;2018-10-02;2711AA;ABSOLUUT_VERZUIM;2023-10-15;2023-10-20\n"
            // line 15 M: lives outside the gemeente: counted nowhere.
            + "M-000001;2010-01-01;9999ZZ;ABSOLUUT_VERZUIM;2023-10-15;2023-10-20\n");
  }

  @Test
  void i02ThuiszittersPer1000() throws Exception {
    // 2023-2024: Centrum B, D, E = 3 of 100; Dorp C, F, G = 3 of 200.
    //   ABSOLUUT: Centrum D (line 5), E = 2; Dorp C, G = 2. RELATIEF: Centrum B = 1; Dorp D (line 6), F = 2.
    // 2022-2023: only F (Dorp, 121 days, 12 years old on P(2022)).
    assertEquals(List.of(
        "2022-2023 WK063701 categorie ABSOLUUT_VERZUIM 0/100",
        "2022-2023 WK063701 categorie RELATIEF_VERZUIM 0/100",
        "2022-2023 WK063701 totaal - 0/100",
        "2022-2023 WK063702 categorie ABSOLUUT_VERZUIM 0/200",
        "2022-2023 WK063702 categorie RELATIEF_VERZUIM 1/200",
        "2022-2023 WK063702 totaal - 1/200",
        "2023-2024 WK063701 categorie ABSOLUUT_VERZUIM 2/100",
        "2023-2024 WK063701 categorie RELATIEF_VERZUIM 1/100",
        "2023-2024 WK063701 totaal - 3/100",
        "2023-2024 WK063702 categorie ABSOLUUT_VERZUIM 2/200",
        "2023-2024 WK063702 categorie RELATIEF_VERZUIM 2/200",
        "2023-2024 WK063702 totaal - 3/200"), thuiszitters(new GoldenLake(temp)).cells("I02_thuiszitters_per_1000", RAPPORTAGEDATUM));
  }

  @Test
  void i03ThuiszittersLongerThanThreeMonths() throws Exception {
    // 2023-2024 Centrum: B 28, D longest 90 (not 91), E 91 -> 1 of 3. Dorp: C 2, F 213, G 60 -> 1 of 3.
    // 2022-2023 Dorp: F 121 -> 1 of 1.
    assertEquals(List.of(
        "2022-2023 WK063702 totaal - 1/1",
        "2023-2024 WK063701 totaal - 1/3",
        "2023-2024 WK063702 totaal - 1/3"),
        thuiszitters(new GoldenLake(temp)).cells("I03_thuiszitters_langer_3_maanden", RAPPORTAGEDATUM));
  }

  @Test
  void i04VsvPercentage() throws Exception {
    GoldenLake lake = new GoldenLake(temp)
        .file("inschrijvingen.csv", H
            // v1: born 1 Oct 2011, 12 on P(2023). Centrum.
            + "v1-00001;2023-2024;2011-10-01;2711AA;14AB;;VO;HAVO;1;N;N\n"
            // v2: born 2 Oct 2001, 21 on P(2023). Dorp.
            + "v2-00001;2023-2024;2001-10-02;2712AA;15AB;;MBO;3;2;N;N\n"
            // v3: born 1 Oct 2000, 23: outside 12-22.
            + "v3-00001;2023-2024;2000-10-01;2711AA;14AB;;VO;VWO;6;N;N\n"
            // v4: VO first (Centrum), then MBO (Dorp): totaal and VO in Centrum, MBO in Dorp.
            + "v4-00001;2023-2024;2008-01-01;2711AA;14AB;;VO;HAVO;5;N;N\n"
            + "v4-00001;2023-2024;2008-01-01;2712AA;15AB;;MBO;4;1;N;N\n")
        .file("vsv.csv", "leerling_id;schooljaar;geboortedatum;postcode;sector\n"
            + "v1-00001;2023-2024;2011-10-01;2711AA;VO\n"
            // x and y left MBO while living in Dorp without being in the noemer: Dorp's teller 2 exceeds its noemer 1.
            + "x-000001;2023-2024;2005-01-01;2712AA;MBO\n"
            + "y-000001;2023-2024;2004-01-01;2712AA;MBO\n"
            // v3 is 23: not counted.
            + "v3-00001;2023-2024;2000-10-01;2711AA;VO\n");
    // Noemer: Centrum v1, v4 = 2 (VO 2); Dorp v2 = 1 (MBO v2 and v4 = 2). Teller: Centrum v1 (VO); Dorp x, y (MBO).
    assertEquals(List.of(
        "2023-2024 WK063701 sector MBO 0/0",
        "2023-2024 WK063701 sector VO 1/2",
        "2023-2024 WK063701 totaal - 1/2",
        "2023-2024 WK063702 sector MBO 2/2",
        "2023-2024 WK063702 sector VO 0/0",
        "2023-2024 WK063702 totaal - 2/1"), lake.cells("I04_vsv_percentage", RAPPORTAGEDATUM));
  }

  /**
   * Two schooljaren, the second still running on the rapportagedatum 30 June 2024 (its last day
   * is 30 September 2024). Population aged 5-17: Centrum 100, Dorp 200, in both years.
   */
  private static GoldenLake voorlopig(GoldenLake lake) throws Exception {
    return lake
        .file("inschrijvingen.csv", H
            // Both years: a VO and d MBO in Centrum, b MBO and c VO in Dorp; all aged 12-22 on P(2022) and P(2023).
            // (Every wijk has both sectors, so that no unpublished 0/0 sector cell calls for secondary suppression.)
            + "a-000001;2022-2023;2010-01-01;2711AA;14AB;;VO;HAVO;1;N;N\n" + "a-000001;2023-2024;2010-01-01;2711AA;14AB;;VO;HAVO;2;N;N\n"
            + "b-000001;2022-2023;2005-01-01;2712AA;15AB;;MBO;2;1;N;N\n" + "b-000001;2023-2024;2005-01-01;2712AA;15AB;;MBO;2;2;N;N\n"
            + "c-000001;2022-2023;2010-06-01;2712AA;14AB;;VO;HAVO;1;N;N\n" + "c-000001;2023-2024;2010-06-01;2712AA;14AB;;VO;HAVO;2;N;N\n"
            + "d-000001;2022-2023;2005-01-01;2711AA;15AB;;MBO;2;1;N;N\n" + "d-000001;2023-2024;2005-01-01;2711AA;15AB;;MBO;2;2;N;N\n")
        .file("referentie/bevolking.csv", "jaar;wijk_code;leeftijd;aantal\n"
            + "2022;WK063701;10;100\n2022;WK063702;10;200\n2023;WK063701;10;100\n2023;WK063702;10;200\n")
        // Every thuiszitter is born 1 Jan 2010: 12 on P(2022), 13 on P(2023).
        .file("thuiszitters.csv", "leerling_id;geboortedatum;postcode;categorie;startdatum;einddatum\n"
            // 2022-2023. T1 Centrum absoluut 1 Nov 2022 - 1 Mar 2023: 30 + 31 + 31 + 28 = 120 days (>= 91).
            + "T1-00001;2010-01-01;2711AA;ABSOLUUT_VERZUIM;2022-11-01;2023-03-01\n"
            // T2 Dorp relatief 10 Oct - 20 Nov 2022: 41 days (a case, < 91).
            + "T2-00001;2010-01-01;2712AA;RELATIEF_VERZUIM;2022-10-10;2022-11-20\n"
            // 2023-2024. T3 Centrum absoluut 2 - 20 Oct 2023: 18 days.
            + "T3-00001;2010-01-01;2711AA;ABSOLUUT_VERZUIM;2023-10-02;2023-10-20\n"
            // T4 Dorp absoluut, open from 1 Feb 2024: to the rapportagedatum 29 + 31 + 30 + 31 + 30 = 151 days (>= 91).
            + "T4-00001;2010-01-01;2712AA;ABSOLUUT_VERZUIM;2024-02-01;\n"
            // T5 Dorp relatief 1 Nov - 15 Dec 2023: 44 days.
            + "T5-00001;2010-01-01;2712AA;RELATIEF_VERZUIM;2023-11-01;2023-12-15\n")
        .file("vsv.csv", "leerling_id;schooljaar;geboortedatum;postcode;sector\n"
            + "b-000001;2022-2023;2005-01-01;2712AA;MBO\n"
            + "a-000001;2023-2024;2010-01-01;2711AA;VO\n"
            + "c-000001;2023-2024;2010-06-01;2712AA;VO\n");
  }

  /** Returns the published rows as "indicator schooljaar area uitsplitsing categorie teller/noemer", voorlopig rows marked. */
  private static List<String> projected(List<String> csv) {
    assertEquals("indicator,schooljaar,gebied_type,gebied_code,gebied_naam,uitsplitsing,categorie,teller,noemer,waarde,"
        + "ci_laag,ci_hoog,vergelijking,onderdrukt,voorlopig", csv.get(0));
    return csv.stream().skip(1).map(line -> {
      String[] f = line.split(",", -1);
      assertEquals(15, f.length, line);
      assertEquals("false", f[13], "k = 1 suppresses nothing: " + line);
      return f[0].substring(0, 3) + " " + f[1] + " " + f[3] + " " + f[5] + " " + (f[6].isEmpty() ? "-" : f[6]) + " "
          + f[7] + "/" + (f[8].isEmpty() ? "-" : f[8]) + ("true".equals(f[14]) ? " voorlopig" : "");
    }).toList();
  }

  @Test
  void aRunningSchooljaarIsVoorlopigAndPublishedForTheGemeenteOnly() throws Exception {
    // 2023-2024 ends on 30 Sep 2024, after the rapportagedatum 30 Jun 2024: I02, I03 and I04 publish
    // only gemeente rows, voorlopig, still summing every wijk cell. 2022-2023 has its wijk rows, and
    // I01 (a count of enrolments, not of events) keeps its wijk rows in 2023-2024.
    // I01: both years Centrum a (VO) and d (MBO), Dorp b (MBO) and c (VO).
    // I02: 2022-2023 Centrum T1 (absoluut) 1/100, Dorp T2 (relatief) 1/200, gemeente 2/300;
    //      2023-2024 Centrum T3, Dorp T4 (absoluut) and T5 (relatief): gemeente 3/300, absoluut 2/300, relatief 1/300.
    // I03: 2022-2023 Centrum T1 120 days: 1/1, Dorp T2 41 days: 0/1; 2023-2024 only T4 of T3, T4, T5: 1/3.
    // I04: noemer both years Centrum a (VO), d (MBO), Dorp b (MBO), c (VO). 2022-2023 teller b (Dorp, MBO):
    //      gemeente 1/4, MBO 1/2, VO 0/2; 2023-2024 teller a (Centrum, VO) and c (Dorp, VO): 2/4, VO 2/2, MBO 0/2.
    assertEquals(List.of(
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
        "I04 2023-2024 GM0637 totaal - 2/4 voorlopig"), projected(voorlopig(new GoldenLake(temp)).published(RAPPORTAGEDATUM, 1)));
  }

  @Test
  void aSchooljaarIsFinalFromItsLastDay() throws Exception {
    GoldenLake lake = voorlopig(new GoldenLake(temp));
    // On 29 Sep 2024 2023-2024 still runs; on 30 Sep 2024, its last day, it is final: Dorp's wijk rows
    // of 2023-2024 appear (T4's open case now ends on 30 Sep: still one case, in Dorp).
    List<String> dayBefore = projected(lake.published(LocalDate.of(2024, 9, 29), 1));
    assertEquals(7, dayBefore.stream().filter(r -> r.endsWith(" voorlopig")).count()); // I02 3, I03 1, I04 3
    assertEquals(List.of(), dayBefore.stream().filter(r -> r.startsWith("I02 2023-2024 WK")).toList());
    List<String> lastDay = projected(lake.published(LocalDate.of(2024, 9, 30), 1));
    assertEquals(List.of(), lastDay.stream().filter(r -> r.endsWith(" voorlopig")).toList());
    assertEquals(List.of(
        "I02 2023-2024 WK063702 categorie ABSOLUUT_VERZUIM 1/200",
        "I02 2023-2024 WK063702 categorie RELATIEF_VERZUIM 1/200",
        "I02 2023-2024 WK063702 totaal - 2/200"), lastDay.stream().filter(r -> r.startsWith("I02 2023-2024 WK063702")).toList());
  }

  @Test
  void aSuppressedVoorlopigGemeenteFigureCannotBeDerived() throws Exception {
    // With k = 5 every voorlopig gemeente row of 2023-2024 is below k (I02 3, 2 and 1 thuiszitters;
    // I03 1 of 3; I04 noemers 4, 2 and 2): all are suppressed, and the run still publishes, since
    // the unpublished wijk cells of a voorlopig year are unknowns, not zeros that would give the
    // gemeente's suppressed figures away (before, the run failed: "celonderdrukking is niet sluitend").
    List<String> csv = voorlopig(new GoldenLake(temp)).published(RAPPORTAGEDATUM, 5);
    assertEquals(List.of(
        "I02_thuiszitters_per_1000,2023-2024,gemeente,GM0637,Zoetermeer,categorie,ABSOLUUT_VERZUIM,,,,,,,true,true",
        "I02_thuiszitters_per_1000,2023-2024,gemeente,GM0637,Zoetermeer,categorie,RELATIEF_VERZUIM,,,,,,,true,true",
        "I02_thuiszitters_per_1000,2023-2024,gemeente,GM0637,Zoetermeer,totaal,,,,,,,,true,true",
        "I03_thuiszitters_langer_3_maanden,2023-2024,gemeente,GM0637,Zoetermeer,totaal,,,,,,,,true,true",
        "I04_vsv_percentage,2023-2024,gemeente,GM0637,Zoetermeer,sector,MBO,,,,,,,true,true",
        "I04_vsv_percentage,2023-2024,gemeente,GM0637,Zoetermeer,sector,VO,,,,,,,true,true",
        "I04_vsv_percentage,2023-2024,gemeente,GM0637,Zoetermeer,totaal,,,,,,,,true,true"),
        csv.stream().filter(line -> line.endsWith(",true")).toList());
  }

  @Test
  void i05VertragingAandeel() throws Exception {
    GoldenLake lake = new GoldenLake(temp)
        .file("inschrijvingen.csv", H + "p1-00001;2023-2024;2014-01-01;2711AA;12AB;;PO;;5;N;N\n"
            + "p2-00001;2023-2024;2014-01-01;2712AA;12AB;;PO;;5;N;N\n")
        .file("vertragingen.csv", "leerling_id;schooljaar;meetmoment;domein;vertraging_maanden\n"
            // p1 REKENEN 3,0 at E: 3 months or more. p2 REKENEN 2,9: not.
            + "p1-00001;2023-2024;E;REKENEN;3,0\n"
            + "p2-00001;2023-2024;E;REKENEN;2,9\n"
            // p2's M measurement does not count.
            + "p2-00001;2023-2024;M;SPELLING;5\n"
            + "p1-00001;2023-2024;E;SPELLING;-1\n"
            // p3 has no enrolment in 2023-2024, so no record and no wijk: counted nowhere.
            + "p3-00001;2023-2024;E;REKENEN;4\n");
    assertEquals(List.of(
        "2023-2024 WK063701 domein REKENEN 1/1",
        "2023-2024 WK063701 domein SPELLING 0/1",
        "2023-2024 WK063702 domein REKENEN 0/1"), lake.cells("I05_vertraging_aandeel", RAPPORTAGEDATUM));
  }

  @Test
  void i06OvergangPoVo() throws Exception {
    GoldenLake lake = new GoldenLake(temp).file("inschrijvingen.csv", H
        + "a-000001;2022-2023;2010-05-05;2711AA;12AB;;PO;;8;N;N\n" + "a-000001;2023-2024;2010-05-05;2711AA;14AB;;VO;HAVO;1;N;N\n"
        + "b-000001;2022-2023;2010-05-05;2712AA;12AB;;PO;;8;N;N\n" + "b-000001;2023-2024;2010-05-05;2712AA;16AB;;VSO;;1;N;N\n"
        + "c-000001;2022-2023;2010-05-05;2711AA;12AB;;PO;;8;N;N\n" + "c-000001;2023-2024;2010-05-05;2711AA;12AB;;PO;;8;N;N\n"
        // d is not found in 2023-2024.
        + "d-000001;2022-2023;2010-05-05;2711AA;12AB;;PO;;8;N;N\n"
        // e is in VO and VSO: vo comes first.
        + "e-000001;2022-2023;2010-05-05;2711AA;12AB;;PO;;8;N;N\n" + "e-000001;2023-2024;2010-05-05;2711AA;16AB;;VSO;;1;N;N\n"
        + "e-000001;2023-2024;2010-05-05;2711AA;14AB;;VO;HAVO;1;N;N\n"
        // f moved out of the gemeente: the outcome counts wherever the pupil lives in t+1.
        + "f-000001;2022-2023;2010-05-05;2712AA;12AB;;PO;;8;N;N\n" + "f-000001;2023-2024;2010-05-05;9999ZZ;14AB;;VO;VWO;1;N;N\n"
        // g is in groep 8 in 2023-2024, whose t+1 has no data: no cohort for 2023-2024 at all.
        + "g-000001;2023-2024;2011-05-05;2711AA;12AB;;PO;;8;N;N\n");
    // 2022-2023 Centrum: a vo, c po_so, d niet_gevonden, e vo = 2 vo of 4. Dorp: b vso, f vo = 1 vo of 2.
    assertEquals(List.of(
        "2022-2023 WK063701 totaal - 2/4",
        "2022-2023 WK063701 uitkomst niet_gevonden 1/4",
        "2022-2023 WK063701 uitkomst po_so 1/4",
        "2022-2023 WK063701 uitkomst vo 2/4",
        "2022-2023 WK063701 uitkomst vso 0/4",
        "2022-2023 WK063702 totaal - 1/2",
        "2022-2023 WK063702 uitkomst niet_gevonden 0/2",
        "2022-2023 WK063702 uitkomst po_so 0/2",
        "2022-2023 WK063702 uitkomst vo 1/2",
        "2022-2023 WK063702 uitkomst vso 1/2"), lake.cells("I06_overgang_po_vo", RAPPORTAGEDATUM));
  }

  @Test
  void i07AndI08Transitions() throws Exception {
    GoldenLake lake = new GoldenLake(temp).file("inschrijvingen.csv", H
        // I07 cohort: VMBO-*, leerjaar 4, diploma. h goes to MBO (Centrum), i stays in VO (Dorp).
        + "h-000001;2022-2023;2007-05-05;2711AA;14AB;;VO;VMBO-GT;4;J;N\n" + "h-000001;2023-2024;2007-05-05;2711AA;15AB;;MBO;4;1;N;N\n"
        + "i-000001;2022-2023;2007-05-05;2712AA;14AB;;VO;VMBO-B;4;J;N\n" + "i-000001;2023-2024;2007-05-05;2712AA;14AB;;VO;HAVO;4;N;N\n"
        // Not in the cohort: no diploma; HAVO.
        + "j-000001;2022-2023;2007-05-05;2711AA;14AB;;VO;VMBO-K;4;N;N\n"
        + "k-000001;2022-2023;2007-05-05;2711AA;14AB;;VO;HAVO;4;J;N\n"
        // I08 cohort: MBO level 4 with diploma. l goes to HBO, m is not found; n (level 3) is not in the cohort.
        + "l-000001;2022-2023;2003-05-05;2711AA;15AB;;MBO;4;3;J;N\n" + "l-000001;2023-2024;2003-05-05;2711AA;17AB;;HBO;BA;1;N;N\n"
        + "m-000001;2022-2023;2003-05-05;2711AA;15AB;;MBO;4;3;J;N\n"
        + "n-000001;2022-2023;2003-05-05;2711AA;15AB;;MBO;3;3;J;N\n" + "n-000001;2023-2024;2003-05-05;2711AA;17AB;;HBO;BA;1;N;N\n");
    assertEquals(List.of(
        "2022-2023 WK063701 totaal - 1/1",
        "2022-2023 WK063701 uitkomst mbo 1/1",
        "2022-2023 WK063701 uitkomst niet_gevonden 0/1",
        "2022-2023 WK063701 uitkomst vo 0/1",
        "2022-2023 WK063702 totaal - 0/1",
        "2022-2023 WK063702 uitkomst mbo 0/1",
        "2022-2023 WK063702 uitkomst niet_gevonden 0/1",
        "2022-2023 WK063702 uitkomst vo 1/1"), lake.cells("I07_overgang_vmbo_mbo", RAPPORTAGEDATUM));
    assertEquals(List.of(
        "2022-2023 WK063701 totaal - 1/2",
        "2022-2023 WK063701 uitkomst hbo 1/2",
        "2022-2023 WK063701 uitkomst mbo 0/2",
        "2022-2023 WK063701 uitkomst niet_gevonden 1/2"), lake.cells("I08_overgang_mbo_hbo", RAPPORTAGEDATUM));
  }

  @Test
  void i09VveBereik() throws Exception {
    GoldenLake lake = new GoldenLake(temp).file("inschrijvingen.csv", H
        // o had VVE in 2022-2023; q did not; r has no vve_indicatie: not in the cohort.
        + "o-000001;2022-2023;2019-05-05;2711AA;20AB;;VVE;;1;N;J\n" + "o-000001;2023-2024;2019-05-05;2711AA;12AB;;PO;;1;N;J\n"
        + "q-000001;2023-2024;2019-05-05;2711AA;12AB;;PO;;1;N;J\n"
        + "r-000001;2023-2024;2019-05-05;2712AA;12AB;;PO;;1;N;N\n"
        // s is in groep 1 in 2022-2023, whose t-1 has no data: no cohort for 2022-2023.
        + "s-000001;2022-2023;2018-05-05;2711AA;12AB;;PO;;1;N;J\n");
    assertEquals(List.of("2023-2024 WK063701 totaal - 1/2"), lake.cells("I09_vve_bereik", RAPPORTAGEDATUM));
  }

  @Test
  void i11PoThuisnabij() throws Exception {
    GoldenLake lake = new GoldenLake(temp)
        // 12AB/01 lies in Centrum; 12AB without vestiging in Dorp; 34CD outside the gemeente.
        .file("referentie/scholen.csv", "brin;vestiging;naam;postcode\n12AB;01;De Klimop;2711AB\n12AB;;De Klimop hoofdlocatie;2712AB\n34CD;;Buiten;9999ZZ\n")
        .file("inschrijvingen.csv", H
            // u: 12AB/01, Centrum school, lives in Centrum: near.
            + "u-000001;2023-2024;2015-05-05;2711AA;12AB;01;PO;;3;N;N\n"
            // w: 12AB/02 has no row of its own, so the brin's row without vestiging (Dorp) applies; lives in Centrum.
            + "w-000001;2023-2024;2015-05-05;2711AA;12AB;02;PO;;3;N;N\n"
            // x: 12AB without vestiging (Dorp), lives in Dorp: near.
            + "x-000001;2023-2024;2015-05-05;2712AA;12AB;;PO;;3;N;N\n"
            // z: school outside the gemeente, lives in Centrum.
            + "z-000001;2023-2024;2015-05-05;2711AA;34CD;;PO;;3;N;N\n"
            // zz: school not in scholen.csv: not counted.
            + "zz-00001;2023-2024;2015-05-05;2711AA;99ZZ;;PO;;3;N;N\n");
    assertEquals(List.of(
        "2023-2024 WK063701 totaal - 1/3",
        "2023-2024 WK063702 totaal - 1/1"), lake.cells("I11_po_thuisnabij", RAPPORTAGEDATUM));
  }
}
