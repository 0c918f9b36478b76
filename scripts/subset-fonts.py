"""Makes the PDF fonts in src/pdf/fonts/ from Debian's Noto fonts, and records which
characters each file really holds (coverage.json), so the PDF code only picks a font for a
character that font can draw.

Groups, each loaded only when a text needs it:
  latin           Noto Sans: Latin, Latin-1, Latin Extended A/B and Additional (Turkish,
                  Polish, Vietnamese, ...), and the punctuation Dutch uses. Always loaded.
  greek-cyrillic  Noto Sans: Greek and Cyrillic.
  arabic          Noto Sans Arabic, with its shaping tables (joined letters, right to left).
  cjk-NN          Noto Sans CJK SC, regular only: CJK punctuation and full-width forms, then
                  the CJK Unified Ideographs cut into chunks of consecutive characters, so one
                  name fetches only the chunks its characters fall in.
Run by scripts/subset-fonts.sh; needs fonts-noto-core, fonts-noto-cjk and python3-fonttools.
"""

import json
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

NOTO = "/usr/share/fonts/truetype/noto"
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
OUT = "src/pdf/fonts"
CJK_CHUNK = 320


def ranges(*pairs):
    return [cp for start, end in pairs for cp in range(start, end + 1)]


LATIN = ranges(
    (0x20, 0x7E), (0xA0, 0x24F), (0x259, 0x259), (0x2BB, 0x2BC), (0x2C6, 0x2C7), (0x2D8, 0x2DD),
    (0x300, 0x328), (0x1E00, 0x1EFF), (0x2010, 0x2027), (0x2030, 0x203A), (0x20AC, 0x20AC),
    (0x2122, 0x2122),
)
GREEK_CYRILLIC = ranges(
    (0x20, 0x20), (0x370, 0x3FF), (0x400, 0x52F), (0x1C80, 0x1C8F), (0x1F00, 0x1FFF),
    (0x2DE0, 0x2DFF), (0xA640, 0xA69F),
)
ARABIC = ranges(
    (0x20, 0x20), (0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0x200C, 0x200F),
    (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
)
CJK_SYMBOLS = ranges((0x3000, 0x303F), (0xFF00, 0xFFEF))
CJK_IDEOGRAPHS = ranges((0x4E00, 0x9FFF))


def options(layout_features):
    opts = subset.Options()
    opts.layout_features = layout_features
    opts.hinting = False
    opts.desubroutinize = True
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    return opts


def cut(font, unicodes, layout_features, file):
    """Subsets an opened font in place, saves it, and returns the characters it really holds."""
    subsetter = subset.Subsetter(options(layout_features))
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.save(os.path.join(OUT, file))
    return set(TTFont(os.path.join(OUT, file)).getBestCmap())


def as_ranges(codepoints):
    result = []
    for cp in sorted(codepoints):
        if result and result[-1][1] == cp - 1:
            result[-1][1] = cp
        else:
            result.append([cp, cp])
    return result


def two_faces(group, source, unicodes, layout_features):
    """Regular and bold; the group covers what both faces hold."""
    held = None
    files = {}
    for face in ("regular", "bold"):
        file = f"{group}-{face}.ttf"
        got = cut(TTFont(source.format(face=face.capitalize())), unicodes, layout_features, file)
        held = got if held is None else held & got
        files[face] = file
    return {"name": group, "files": files, "ranges": as_ranges(held)}


def cjk_groups():
    """Chunks of Noto Sans CJK SC; a bold run uses the regular face."""
    source = TTCollection(CJK_TTC)
    sc = next(f for f in source.fonts if "CJK SC" in f["name"].getDebugName(4) and "Mono" not in f["name"].getDebugName(4))
    cmap = sc.getBestCmap()
    ideographs = [cp for cp in CJK_IDEOGRAPHS if cp in cmap]
    chunks = [[cp for cp in CJK_SYMBOLS if cp in cmap]]
    chunks += [ideographs[i : i + CJK_CHUNK] for i in range(0, len(ideographs), CJK_CHUNK)]
    groups = []
    for index, chunk in enumerate(chunks):
        name = f"cjk-{index:02d}"
        file = f"cjk/noto-sans-sc-{index:02d}.otf"
        # A fresh copy each time: subsetting changes the font in place.
        font = TTCollection(CJK_TTC).fonts[source.fonts.index(sc)]
        held = cut(font, chunk, [], file)
        groups.append({"name": name, "files": {"regular": file, "bold": file}, "ranges": as_ranges(held & set(chunk))})
        print(name, len(held), file=sys.stderr)
    return groups


def main():
    os.makedirs(os.path.join(OUT, "cjk"), exist_ok=True)
    groups = [
        two_faces("noto-sans-latin", NOTO + "/NotoSans-{face}.ttf", LATIN, ["kern"]),
        two_faces("noto-sans-greek-cyrillic", NOTO + "/NotoSans-{face}.ttf", GREEK_CYRILLIC, ["kern"]),
        two_faces("noto-sans-arabic", NOTO + "/NotoSansArabic-{face}.ttf", ARABIC, ["*"]),
        *cjk_groups(),
    ]
    with open(os.path.join(OUT, "coverage.json"), "w", encoding="utf-8") as out:
        json.dump({"groups": groups}, out, separators=(",", ":"))
        out.write("\n")


main()
