#!/usr/bin/env python3
"""Writes the quirk fixtures of RealWorldQuirksTest byte for byte (contract section 1, version 2).

Each file is what a partner's export really looks like; the expected outcome of each is written
beside its name below and asserted in RealWorldQuirksTest. Run from this folder: python3 maak-fixtures.py
"""
NBSP, NNBSP, FIGURE, ZWSP, WJ, BOM = "\u00a0", "\u202f", "\u2007", "\u200b", "\u2060", "\ufeff"
HEADER = "bsn;schooljaar;geboortedatum;postcode;brin;sector;leerjaar"


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


# Excel and copy-paste leftovers in header names and values: a non-breaking space after
# "schooljaar", a narrow one before "postcode", a zero-width space after "sector", a BOM pasted
# before "brin"; values "2711<NBSP>AB", a BSN with a trailing NBSP, one with a leading figure
# space, a word joiner inside "P<WJ>O". Both rows are accepted: 2711AB and 2711AA, PO.
write("inschrijvingen-unicode-spaties.csv", (
    f"bsn;schooljaar{NBSP};{NNBSP}postcode;geboortedatum;{BOM}brin;sector{ZWSP};leerjaar\r\n"
    f"111222333{NBSP};2023-2024;2711{NBSP}AB;2015-10-01;12AB;PO;3\r\n"
    f"{FIGURE}012345672;2023-2024{NNBSP};2711{NNBSP}aa;2015-10-01;12AB;P{WJ}O;3\r\n"
).encode("utf-8"))

# Excel's delimiter hint on line 1, in Windows-1252: the header is line 2, rows on lines 3 and 4.
write("inschrijvingen-sep-regel.csv", (
    "sep=;\r\n" + HEADER + "\r\n"
    "111222333;2023-2024;2015-10-01;2711AB;12AB;PO;3\r\n"
    "012345672;2023-2024;2015-10-01;2712;12AB;PO;3\r\n"
).encode("cp1252"))

# The hint for a tab, with a byte order mark before it; LF line ends.
write("inschrijvingen-sep-tab.csv", (
    BOM + "sep=\t\n" + HEADER.replace(";", "\t") + "\n"
    "111222333\t2023-2024\t2015-10-01\t2711AB\t12AB\tPO\t3\n"
).encode("utf-8"))

# Excel's hint that does not fit the file: "sep=," above a header written with ';' (a file saved
# again after its delimiter was changed). The hint sets the delimiter, so the header on line 2 has
# one column: a file problem on line 2 that names the hint on line 1.
write("inschrijvingen-sep-regel-past-niet.csv", (
    "sep=,\r\n" + HEADER + "\r\n"
    "111222333;2023-2024;2015-10-01;2711AB;12AB;PO;3\r\n"
).encode("utf-8"))

# The hint above a header without the column sector: the missing column is named on line 2, where
# the header is.
write("inschrijvingen-sep-regel-kolom-ontbreekt.csv", (
    "sep=;\r\n" + HEADER.replace(";sector", "") + "\r\n"
    "111222333;2023-2024;2015-10-01;2711AB;12AB;3\r\n"
).encode("utf-8"))

# NUL padding at the end of a small file (a copy cut short, a pre-allocated file): two rows.
write("inschrijvingen-nul-opvulling.csv", (
    HEADER + "\r\n"
    "111222333;2023-2024;2015-10-01;2711AB;12AB;PO;3\r\n"
    "012345672;2023-2024;2015-10-01;2712;12AB;PO;3\r\n"
).encode("utf-8") + b"\x00" * 300)

# A reference file of 15 rows with the DOS end-of-file mark Ctrl-Z after the last line break, and a
# run of Ctrl-Z and NUL: 15 rows read, none rejected (one phantom row would be 6,3 %, over 5 %).
write("postcodes-ctrl-z.csv", (
    "postcode;wijk_code\r\n"
    + "".join(f"27{n:02d};WK06370{1 + n % 2}\r\n" for n in range(11, 26))
).encode("cp1252") + b"\x1a")
write("postcodes-ctrl-z-en-nul.csv", (
    "postcode;wijk_code\r\n"
    + "".join(f"27{n:02d};WK06370{1 + n % 2}\r\n" for n in range(11, 26))
).encode("cp1252") + b"\x1a\x00\x00\x1a" + b"\x00" * 70000)

# Two exports pasted together: line 2 written in UTF-8 (a curly apostrophe, E2 80 99), line 3 in
# Windows-1252 (e-acute, E9). Not valid UTF-8, so read as Windows-1252 with a warning naming line 2.
write("wijken-gemengde-codering.csv",
      "wijk_code;wijk_naam;gemeente_code;gemeente_naam\r\n".encode("ascii")
      + "WK063701;\u2019t Oude Dorp;GM0637;Zoetermeer\r\n".encode("utf-8")
      + "WK063702;Caf\u00e9wijk;GM0637;Zoetermeer\r\n".encode("cp1252"))

# A NUL byte in the middle of a file (line 3) is not padding: the file is not CSV text.
write("inschrijvingen-nul-midden.csv", (
    HEADER + "\r\n"
    "111222333;2023-2024;2015-10-01;2711AB;12AB;PO;3\r\n"
    "012345672;2023-2024;2015-10-01;27\x0012;12AB;PO;3\r\n"
    "012345672;2024-2025;2015-10-01;2712;12AB;PO;4\r\n"
).encode("utf-8"))

# An old DOS export whose end-of-file mark is followed by a line break: the line of only Ctrl-Z is
# blank, not a row (15 rows, none rejected).
write("postcodes-ctrl-z-regel.csv", (
    "postcode;wijk_code\r\n"
    + "".join(f"27{n:02d};WK06370{1 + n % 2}\r\n" for n in range(11, 26))
).encode("cp1252") + b"\x1a\r\n")

# A Windows-1252 file holding byte 0x81, which Windows-1252 leaves undefined (in DOS code page 850
# it is u-umlaut): read as the replacement character, with a warning naming line 3.
write("wijken-cp850.csv",
      b"wijk_code;wijk_naam;gemeente_code;gemeente_naam\r\n"
      + "WK063701;Caf\u00e9wijk;GM0637;Zoetermeer\r\n".encode("cp1252")
      + b"WK063702;D\x81nenwijk;GM0637;Zoetermeer\r\n")
