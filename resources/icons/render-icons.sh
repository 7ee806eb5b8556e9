#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the committed PNGs from their SVG sources. Run after editing an SVG; needs rsvg-convert
# (apt-get install librsvg2-bin). The PNGs are committed because Qt's SVG plugin is not a dependency:
# the app and the tray must show crisp icons with only qtbase installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
app_id=io.github.finetune_studio.FinetuneStudio

for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" finetune-studio.svg -o "hicolor/${size}x${size}/apps/$app_id.png"
done
# Action icons: 24 px for toolbars and menus, @2x for high-DPI screens (QIcon picks it up by name).
for svg in actions/*.svg; do
    name=${svg%.svg}
    rsvg-convert -w 24 -h 24 "$svg" -o "$name.png"
    rsvg-convert -w 48 -h 48 "$svg" -o "$name@2x.png"
done
echo "Rendered $(ls hicolor/*/apps/*.png actions/*.png | wc -l) PNG files."
