#!/usr/bin/env python3
"""Generate core/search/data/pinyin_readings.txt, the pinyin readings of Han characters.

The table is committed, so building Guanxi needs neither network nor the Unihan files.
Regenerate it when a newer Unicode release adds or corrects readings:

    # Debian/Ubuntu: apt-get install unicode-data  (ships /usr/share/unicode/Unihan_Readings.txt.bz2)
    python3 core/search/tools/generate_pinyin_table.py \
        [--unihan /usr/share/unicode/Unihan_Readings.txt.bz2] \
        [--output core/search/data/pinyin_readings.txt]

A plain Unihan_Readings.txt (from https://www.unicode.org/Public/UCD/latest/ucd/Unihan.zip) works as
well. Only the Python 3 standard library is used. Bump search::SearchTokenizer::Version when the
table changes, so existing workspaces re-index their search data.

What goes in (Unicode TR38 field names):
  * every reading from kMandarin, kHanyuPinlu, kXHC1983 and kTGHZ2013; kHanyuPinyin (a dictionary of
    rare and archaic readings) only for characters none of those four covers;
  * tones removed, ü written as v ("lǚ" -> "lv"); the tokenizer also indexes the u spelling;
  * the most common reading first: the highest kHanyuPinlu frequency, else the first kMandarin value
    (the customary reading in mainland China), else the first reading of the other fields.

Output format, one line per syllable, syllables and characters in code point order:

    SYLLABLE CHARS-READ-THIS-WAY-MOST-OFTEN [| CHARS-THAT-ALSO-READ-THIS-WAY]

so that "chang 常场…|长厂…" says 常 is mostly read chang and 长 can be read chang.
"""

import argparse
import bz2
import collections
import io
import re
import sys
import unicodedata

FIELDS = ("kMandarin", "kHanyuPinlu", "kXHC1983", "kTGHZ2013", "kHanyuPinyin")
SYLLABLE_RE = re.compile(r"^[a-z]+$")


def strip_tones(reading):
    """'lǚ' -> 'lv', 'zhǎng' -> 'zhang', 'ê̄' -> 'e'; None for anything that is not a plain syllable."""
    out = []
    for ch in unicodedata.normalize("NFD", reading.strip().lower()):
        if ch == "\u0308":  # diaeresis: ü
            if out and out[-1] == "u":
                out[-1] = "v"
            continue
        if unicodedata.category(ch) == "Mn":
            continue
        out.append(ch)
    syllable = "".join(out)
    return syllable if SYLLABLE_RE.match(syllable) else None


def parse_field(field, value):
    """Readings of one Unihan field value, in the field's own order, with kHanyuPinlu frequencies."""
    readings = []  # (reading, frequency or None)
    if field == "kMandarin":
        readings = [(r, None) for r in value.split()]
    elif field == "kHanyuPinlu":
        for item in value.split():
            m = re.match(r"^(.+)\((\d+)\)$", item)
            if m:
                readings.append((m.group(1), int(m.group(2))))
    else:  # kXHC1983, kTGHZ2013, kHanyuPinyin: "location[,location]:reading[,reading]" entries
        for item in value.split():
            _, _, rs = item.partition(":")
            readings.extend((r, None) for r in rs.split(","))
    return [(s, f) for s, f in ((strip_tones(r), f) for r, f in readings) if s]


def ordered_readings(fields):
    """The readings of one character, most common first, without duplicates."""
    main = [f for f in FIELDS[:4] if f in fields]
    used = main if main else (["kHanyuPinyin"] if "kHanyuPinyin" in fields else [])
    ordered = []
    pinlu = collections.Counter()
    for syllable, frequency in fields.get("kHanyuPinlu", []):
        pinlu[syllable] += frequency
    ordered.extend(s for s, _ in sorted(pinlu.items(), key=lambda item: (-item[1], item[0])))
    for field in ("kMandarin", "kXHC1983", "kTGHZ2013", "kHanyuPinyin"):
        if field in used:
            ordered.extend(s for s, _ in fields[field])
    seen = set()
    return [s for s in ordered if not (s in seen or seen.add(s))]


def read_unihan(path):
    opener = bz2.open if path.endswith(".bz2") else open
    per_char = collections.defaultdict(dict)
    version = "unknown"
    with opener(path, "rt", encoding="utf-8") as stream:
        for line in stream:
            if line.startswith("#"):
                m = re.match(r"^# Unicode version: (\S+)", line)
                if m:
                    version = m.group(1)
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] not in FIELDS:
                continue
            code_point = int(parts[0][2:], 16)
            per_char[code_point][parts[1]] = parse_field(parts[1], parts[2])
    return per_char, version


def build_table(per_char):
    primary = collections.defaultdict(list)
    secondary = collections.defaultdict(list)
    for code_point in sorted(per_char):
        readings = ordered_readings(per_char[code_point])
        if not readings:
            continue
        primary[readings[0]].append(chr(code_point))
        for other in readings[1:]:
            secondary[other].append(chr(code_point))
    return primary, secondary


def write_table(stream, primary, secondary, version):
    stream.write("# Pinyin readings of Han characters from Unihan %s; generated by\n" % version)
    stream.write("# core/search/tools/generate_pinyin_table.py (see there how to regenerate). Do not edit.\n")
    stream.write("# SYLLABLE CHARS-READ-THIS-WAY-MOST-OFTEN [| CHARS-THAT-ALSO-READ-THIS-WAY]\n")
    for syllable in sorted(set(primary) | set(secondary)):
        line = syllable + " " + "".join(primary.get(syllable, []))
        if secondary.get(syllable):
            line += "|" + "".join(secondary[syllable])
        stream.write(line + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--unihan", default="/usr/share/unicode/Unihan_Readings.txt.bz2",
                        help="Unihan_Readings.txt or .txt.bz2")
    parser.add_argument("--output", default="-", help="where to write the table (default: stdout)")
    args = parser.parse_args()
    per_char, version = read_unihan(args.unihan)
    primary, secondary = build_table(per_char)
    text = io.StringIO()
    write_table(text, primary, secondary, version)
    if args.output == "-":
        sys.stdout.write(text.getvalue())
    else:
        with open(args.output, "w", encoding="utf-8", newline="\n") as out:
            out.write(text.getvalue())
    characters = sum(len(v) for v in primary.values())
    readings = characters + sum(len(v) for v in secondary.values())
    print("%d characters, %d readings, %d syllables" % (characters, readings, len(set(primary) | set(secondary))),
          file=sys.stderr)


if __name__ == "__main__":
    main()
