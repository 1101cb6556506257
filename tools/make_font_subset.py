"""The bundled Chinese font: a subset of Noto Sans CJK SC that the app registers at start (gui.app).

``python tools/make_font_subset.py`` writes ``resources/fonts/NotoSansSC-Subset.otf`` and
``resources/fonts/OFL.txt`` from the full font of Debian's ``fonts-noto-cjk``
(``apt-get install fonts-noto-cjk``; SIL Open Font License 1.1, no reserved font name). Run it again
after the translation gains characters: a test fails when the translation uses one the subset lacks.

The subset holds
- every character of the zh_CN translation (``resources/translations/activation_lab_zh_CN.ts``),
- the 3,755 level-1 hanzi of GB 2312 (rows 16-55, the "常用字" set every Chinese input method and
  school text covers; derived from Python's ``gb2312`` codec, so no list is downloaded) so that labels a
  teacher types render too, and GB 2312's punctuation and full-width forms (rows 1 and 3),
- printable ASCII and Latin-1.

Only the build machine needs fontTools (requirements-dev.txt); the app loads the finished file with Qt.
The family is renamed "Noto Sans SC Subset" so it never shadows a full Noto Sans CJK SC installed
on the system (and an exported PDF shows which of the two it embedded).
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc"),
)
SOURCE_FAMILY = "Noto Sans CJK SC"
OUT = ROOT / "resources" / "fonts" / "NotoSansSC-Subset.otf"
FAMILY = "Noto Sans SC Subset"
POSTSCRIPT = "NotoSansSC-Subset"
LICENSE_SOURCE = Path("/usr/share/doc/fonts-noto-cjk/copyright")
TS = ROOT / "resources" / "translations" / "activation_lab_zh_CN.ts"


def gb2312_rows(first: int, last: int) -> set[str]:
    """The characters of GB 2312 rows ``first`` to ``last`` (row 16 = 0xB0), through Python's codec."""
    found = set()
    for row in range(first, last + 1):
        for cell in range(1, 95):
            try:
                found.add(bytes((0xA0 + row, 0xA0 + cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def common_hanzi() -> set[str]:
    """GB 2312 level 1: the 3,755 most common hanzi (rows 16-55)."""
    return gb2312_rows(16, 55)


def translation_characters(ts: Path = TS) -> set[str]:
    """Every character of every translation in ``ts``."""
    found: set[str] = set()
    for element in ET.parse(ts).getroot().iter("translation"):
        found.update(element.text or "")
        for numerus in element.iter("numerusform"):
            found.update(numerus.text or "")
    return found


def wanted_characters(ts: Path = TS) -> set[str]:
    """What the subset must hold: the translation, the common hanzi, punctuation, ASCII and Latin-1."""
    basic = {chr(c) for c in range(0x20, 0x7F)} | {chr(c) for c in range(0xA0, 0x100)}
    return translation_characters(ts) | common_hanzi() | gb2312_rows(1, 1) | gb2312_rows(3, 3) | basic


def source_font() -> TTFont:
    for path in SOURCES:
        if path.is_file():
            collection = TTCollection(str(path))
            for font in collection.fonts:
                if font["name"].getDebugName(1) == SOURCE_FAMILY:
                    return font
    raise SystemExit(f"{SOURCE_FAMILY} not found in {', '.join(map(str, SOURCES))}: apt-get install fonts-noto-cjk")


def _rename(font: TTFont) -> None:
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 4:
            record.string = f"{FAMILY} Regular"
        elif record.nameID == 6:
            record.string = POSTSCRIPT
        elif record.nameID in (3, 17, 21, 22):
            record.string = "Regular" if record.nameID in (17, 22) else f"{POSTSCRIPT};subset"
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [POSTSCRIPT]
        top = cff.topDictIndex[0]
        top.FullName, top.FamilyName = f"{FAMILY} Regular", FAMILY


def build(out: Path = OUT, ts: Path = TS) -> tuple[Path, int]:
    """Write the subset to ``out`` and the licence beside it; (path, number of characters kept)."""
    font = source_font()
    chars = wanted_characters(ts)
    cmap = font.getBestCmap()
    kept = sorted(ord(c) for c in chars if ord(c) in cmap)
    options = subset.Options()
    options.hinting = False  # on-screen sizes look the same without CFF hints in Qt's renderer; 9 % smaller
    options.layout_features = ["kern", "ccmp"]  # no vertical or other-language forms: 7,443 -> 4,150 glyphs, 1,495 -> 821 KiB
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14, 16, 17]
    options.name_languages = [0x409]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=kept)
    subsetter.subset(font)
    _rename(font)
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(out))
    write_license(out.parent / "OFL.txt", font["name"].getDebugName(0) or "")
    return out, len(kept)


def write_license(path: Path, copyright_line: str) -> None:
    """The SIL Open Font License 1.1 as Debian ships it with the font, under the font's copyright."""
    text = LICENSE_SOURCE.read_text(encoding="utf-8")
    body = text.split("License: SIL-1.1\n", 2)[-1]
    lines = [line[1:] if line.startswith(" ") else line for line in body.splitlines()]
    lines = ["" if line == "." else line for line in lines]
    end = next((i for i, line in enumerate(lines) if line.startswith("License: ")), len(lines))  # the next licence
    header = [
        f"{FAMILY}: a subset of {SOURCE_FAMILY} made by tools/make_font_subset.py.",
        copyright_line,
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
        "",
    ]
    path.write_text("\n".join(header + lines[:end]).rstrip() + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    out, count = build(args.out)
    missing = sorted(c for c in translation_characters() if ord(c) not in TTFont(str(out)).getBestCmap() and c.strip())
    print(f"{out}: {count} characters, {out.stat().st_size / 1024:.0f} KiB")
    if missing:
        print(f"left to the app's own font (not in {SOURCE_FAMILY}): {''.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
