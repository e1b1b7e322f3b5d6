#!/usr/bin/env python3
"""Writes docs/voorbeeld-eigenaardige-aanlevering byte for byte: partner files as they really
arrive (contract section 1, version 2). README.md shows `lea controleer` on it;
RealWorldQuirksTest has one fixture per quirk. Run: python3 docs/maak-voorbeeld-eigenaardige-aanlevering.py
"""
import os

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "voorbeeld-eigenaardige-aanlevering"))

NBSP, ZWSP = "\u00a0", "\u200b"
os.makedirs("referentie", exist_ok=True)


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


# Two exports pasted together: line 2 in UTF-8 (a curly apostrophe: bytes E2 80 99), line 4 in
# Windows-1252 (the same apostrophe: byte 92).
write("referentie/wijken.csv",
      b"wijk_code;wijk_naam;gemeente_code;gemeente_naam\r\n"
      + "WK063700;\u2019t Centrum;GM0637;Zoetermeer\r\n".encode("utf-8")
      + b"WK063701;Meerzicht;GM0637;Zoetermeer\r\n"
      + "WK063705;\u2019t Rokkeveen;GM0637;Zoetermeer\r\n".encode("cp1252")
      + b"WK063706;Oosterheem;GM0637;Zoetermeer\r\n")

# Excel's delimiter hint on line 1, one postcode listed twice with the same wijk, Ctrl-Z at the end.
write("referentie/postcodes.csv", (
    "sep=;\r\npostcode;wijk_code\r\n2711;WK063700\r\n2712;WK063701\r\n2712;WK063701\r\n"
    "2719;WK063705\r\n2726;WK063706\r\n").encode("cp1252") + b"\x1a")

# Copied from a web page: non-breaking spaces after a header name and inside a postcode, a
# zero-width space after "sector"; UTF-8 with a byte order mark.
write("inschrijvingen_po_parnassys.csv", (
    "\ufeffleerling_id;schooljaar" + NBSP + ";geboortedatum;postcode;brin;vestiging;sector" + ZWSP
    + ";leerjaar\r\n"
    "pupil-000001;2024-2025;2016-03-01;2711" + NBSP + "AB;12AB;1;PO;3\r\n"
    "pupil-000002;2024-2025;2016-05-12;2712 CD" + NBSP + ";12AB;01;PO;3\r\n"
    "pupil-000003;2024-2025;2013-11-30;2726XY;34CD;;PO;6\r\n").encode("utf-8"))

# Saved by Excel as "CSV (gescheiden door lijstscheidingsteken)" with the sep= hint: Windows-1252.
write("inschrijvingen_vo_magister.csv", (
    "sep=;\r\nleerling_id;schooljaar;geboortedatum;postcode;brin;sector;onderwijstype;leerjaar\r\n"
    "pupil-000004;2024-2025;1-10-2011;2719AA;56EF;VO;HAVO;2\r\n"
    "pupil-000005;2024-2025;15-02-2012;2711BB;56EF;VO;VMBO-GT;1\r\n").encode("cp1252"))

# A copy cut short: 70,000 NUL bytes after the last row (more than any read buffer).
write("vsv_vo_rmc.csv", (
    "leerling_id;schooljaar;geboortedatum;postcode;sector;onderwijstype\r\n"
    "pupil-000006;2023-2024;2007-04-04;2726AB;VO;VMBO-B\r\n").encode("ascii") + b"\x00" * 70000)

# An old DOS export: the end-of-file mark Ctrl-Z after the last line.
write("thuiszitters_leerplicht.csv", (
    "leerling_id,geboortedatum,postcode,categorie,startdatum,einddatum\r\n"
    "pupil-000007,2012-08-08,2712AB,RELATIEF_VERZUIM,2024-11-04,\r\n").encode("ascii") + b"\x1a")
