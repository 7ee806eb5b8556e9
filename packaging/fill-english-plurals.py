#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the plural forms of translations/finetune-studio_en.ts from the sources' "(s)" convention.

tr("%n example(s)", nullptr, n) needs an English translation to read "1 example" / "2 examples". After
`cmake --build <build> --target update_translations` adds new plural strings as unfinished, run
`packaging/fill-english-plurals.py` and review the diff. The "(s)" that belongs to %n is the first one after
it (else the last one before it); other "(s)" count something else and stay as written.
"""
import pathlib
import re
import sys

ts_path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else
                       pathlib.Path(__file__).resolve().parent.parent / 'translations' / 'finetune-studio_en.ts')
text = ts_path.read_text(encoding='utf-8')
suffix = re.compile(r'\((e?s)\)')


def forms(source):
    at = source.find('%n')
    matches = list(suffix.finditer(source))
    after = [m for m in matches if m.start() > at]
    before = [m for m in matches if m.start() < at]
    chosen = after[0] if after else (before[-1] if before else None)
    if at < 0 or chosen is None:
        return source, source
    head, tail = source[:chosen.start()], source[chosen.end():]
    return head + tail, head + chosen.group(1) + tail


# [^<]* keeps a match inside one message: text in a .ts has its "<" escaped.
pattern = re.compile(r'(<source>(?P<source>[^<]*)</source>\n(?:\s*<comment>[^<]*</comment>\n)?)'
                     r'(?P<indent>\s*)<translation type="unfinished">\n'
                     r'\s*<numerusform></numerusform>\n\s*<numerusform></numerusform>\n'
                     r'(?P<end>\s*</translation>)', re.S)
filled = 0


def fill(match):
    global filled
    filled += 1
    singular, plural = forms(match.group('source'))
    indent = match.group('indent')
    inner = indent + '    '
    return (f'{match.group(1)}{indent}<translation>\n'
            f'{inner}<numerusform>{singular}</numerusform>\n{inner}<numerusform>{plural}</numerusform>\n'
            f'{match.group("end")}')


ts_path.write_text(pattern.sub(fill, text), encoding='utf-8')
print(f'{ts_path}: filled {filled} plural entries')
