#!/usr/bin/env bash
# Makes the PDF fonts in src/pdf/fonts/: Noto Sans Regular and Bold, cut down to the Latin
# scripts (Western and Central European, Turkish, Vietnamese, …) and the punctuation Dutch uses.
# Run by hand when the character set changes; its output is committed.
# Needs Debian's fonts-noto-core and python3-fonttools.
set -euo pipefail
cd "$(dirname "$0")/.."
UNICODES="U+0020-007E,U+00A0-024F,U+0259,U+02BB-02BC,U+02C6-02C7,U+02D8-02DD,U+0300-0328,U+1E00-1EFF,U+2010-2027,U+2030-203A,U+20AC,U+2122"
for face in Regular Bold; do
  /usr/bin/python3 -m fontTools.subset "/usr/share/fonts/truetype/noto/NotoSans-$face.ttf" \
    --unicodes="$UNICODES" --layout-features='kern' --no-hinting --desubroutinize --name-IDs='*' \
    --output-file="src/pdf/fonts/noto-sans-${face,,}-latin.ttf"
done
