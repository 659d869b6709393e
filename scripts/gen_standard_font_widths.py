#!/usr/bin/env python3
"""Writes crates/plead-core/data/standard_font_widths.tsv: the advance width of each character in
the standard Times and Helvetica fonts, from Adobe's Core 14 AFM files.

A PDF may name one of the fourteen standard fonts without giving its widths (an OCR text layer
set in Times-Roman, one word a `Tj`); the reader then needs the font's own widths to place each
glyph, or a word overruns the next and the space between them is lost (`declareasfollows`).

Usage: scripts/gen_standard_font_widths.py AFM_DIR
AFM_DIR holds Times-Roman.afm, Times-Bold.afm, Times-Italic.afm, Times-BoldItalic.afm,
Helvetica.afm and Helvetica-Bold.afm (the Adobe Core 14 metrics; one public copy is in
foliojs/pdfkit, lib/font/data/). Oblique Helvetica has the upright widths, Courier is 600
throughout, so neither needs a column. Needs only Python's standard library.
"""

import pathlib
import sys
import unicodedata

FONTS = [
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Helvetica",
    "Helvetica-Bold",
]
OUT = pathlib.Path(__file__).resolve().parent.parent / "crates/plead-core/data/standard_font_widths.tsv"

# Glyph names whose character is not spelled out by the name itself.
NAMED = {
    "space": " ", "exclam": "!", "quotedbl": '"', "numbersign": "#", "dollar": "$",
    "percent": "%", "ampersand": "&", "quoteright": "\u2019", "quotesingle": "'",
    "parenleft": "(", "parenright": ")", "asterisk": "*", "plus": "+", "comma": ",",
    "hyphen": "-", "period": ".", "slash": "/", "zero": "0", "one": "1", "two": "2",
    "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "colon": ":", "semicolon": ";", "less": "<", "equal": "=",
    "greater": ">", "question": "?", "at": "@", "bracketleft": "[", "backslash": "\\",
    "bracketright": "]", "asciicircum": "^", "underscore": "_", "quoteleft": "\u2018",
    "grave": "`", "braceleft": "{", "bar": "|", "braceright": "}", "asciitilde": "~",
    "exclamdown": "¡", "cent": "¢", "sterling": "£", "yen": "¥", "florin": "ƒ",
    "section": "§", "currency": "¤", "quotedblleft": "\u201c", "quotedblright": "\u201d",
    "guillemotleft": "«", "guillemotright": "»", "guilsinglleft": "‹",
    "guilsinglright": "›", "fi": "\ufb01", "fl": "\ufb02", "endash": "\u2013",
    "emdash": "\u2014", "dagger": "†", "daggerdbl": "‡", "periodcentered": "·",
    "paragraph": "¶", "bullet": "•", "quotesinglbase": "‚", "quotedblbase": "„",
    "ellipsis": "…", "perthousand": "‰", "questiondown": "¿", "copyright": "©",
    "registered": "®", "trademark": "™", "degree": "°", "plusminus": "±",
    "multiply": "×", "divide": "÷", "minus": "\u2212", "mu": "µ", "onehalf": "½",
    "onequarter": "¼", "threequarters": "¾", "onesuperior": "¹", "twosuperior": "²",
    "threesuperior": "³", "ordfeminine": "ª", "ordmasculine": "º", "logicalnot": "¬",
    "brokenbar": "¦", "germandbls": "ß", "AE": "Æ", "ae": "æ", "OE": "Œ", "oe": "œ",
    "Oslash": "Ø", "oslash": "ø", "Lslash": "Ł", "lslash": "ł", "dotlessi": "ı",
    "Eth": "Ð", "eth": "ð", "Thorn": "Þ", "thorn": "þ", "Euro": "€",
}
ACCENTS = {
    "acute": "ACUTE", "grave": "GRAVE", "circumflex": "CIRCUMFLEX", "dieresis": "DIAERESIS",
    "tilde": "TILDE", "ring": "RING ABOVE", "cedilla": "CEDILLA", "caron": "CARON",
}


def character(name: str) -> str | None:
    """The character a glyph name stands for, or None for names outside the text we read."""
    if name in NAMED:
        return NAMED[name]
    if len(name) == 1 and name.isalpha():
        return name
    for accent, spelled in ACCENTS.items():
        if name.endswith(accent) and len(name) == len(accent) + 1:
            base = name[0]
            case = "CAPITAL" if base.isupper() else "SMALL"
            try:
                return unicodedata.lookup(f"LATIN {case} LETTER {base.upper()} WITH {spelled}")
            except KeyError:
                return None
    return None


def widths(path: pathlib.Path) -> dict[str, int]:
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.startswith("C "):
            continue
        fields = dict(
            part.strip().split(" ", 1) for part in line.split(";") if part.strip().count(" ") >= 1
        )
        ch = character(fields.get("N", "").strip())
        if ch is not None and "WX" in fields:
            out[ch] = int(fields["WX"])
    return out


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    afm_dir = pathlib.Path(sys.argv[1])
    tables = [widths(afm_dir / f"{font}.afm") for font in FONTS]
    chars = sorted(set().union(*tables), key=ord)
    lines = [
        "# Advance widths (1/1000 em) of the standard Times and Helvetica fonts, for PDFs that name",
        "# them without /Widths. From Adobe's Core 14 AFM files (Copyright (c) 1985, 1987, 1989, 1990,",
        "# 1993, 1997 Adobe Systems Incorporated; the AFM files may be used, copied and distributed for",
        "# any purpose). Written by scripts/gen_standard_font_widths.py; do not edit.",
        "# char\t" + "\t".join(FONTS),
    ]
    for ch in chars:
        if any(ch not in t for t in tables):
            continue
        shown = f"U+{ord(ch):04X}"
        lines.append(shown + "\t" + "\t".join(str(t[ch]) for t in tables))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 5} characters")


if __name__ == "__main__":
    main()
