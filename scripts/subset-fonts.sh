#!/usr/bin/env bash
# Makes the PDF fonts in src/pdf/fonts/ and their coverage.json (see subset-fonts.py).
# Run by hand when the character set changes; its output is committed.
# Needs Debian's fonts-noto-core, fonts-noto-cjk and python3-fonttools.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f src/pdf/fonts/*.ttf src/pdf/fonts/cjk/*.otf
/usr/bin/python3 scripts/subset-fonts.py
