#!/usr/bin/env bash
# Makes the app icons in public/icons/ from public/favicon.svg: the manifest's 192 and 512 pixel
# icons, a maskable one (full-bleed, so a launcher can cut any shape from it), and Apple's
# home-screen icon. Run by hand when the favicon changes; its output is committed.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
source=public/favicon.svg
out=public/icons
mkdir -p "$out"

# The favicon's rounded corners become transparent; launchers that mask the icon, and Apple's
# home screen, want the brand colour up to the edge. The tick stays well inside the maskable
# safe zone (the middle circle of 80 %).
full_bleed=$(sed 's/ rx="[0-9.]*"//' "$source")
if [ "$full_bleed" = "$(cat "$source")" ]; then
  echo "make-icons: expected a rounded rectangle (rx) in $source" >&2
  exit 1
fi

rsvg-convert --width 192 --height 192 "$source" --output "$out/icon-192.png"
rsvg-convert --width 512 --height 512 "$source" --output "$out/icon-512.png"
echo "$full_bleed" | rsvg-convert --width 512 --height 512 --output "$out/icon-maskable-512.png"
echo "$full_bleed" | rsvg-convert --width 180 --height 180 --output "$out/apple-touch-icon.png"
ls -l "$out"
