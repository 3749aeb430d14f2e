#!/usr/bin/env python3
"""Fill translations/mamori_ja.ts from the wording tables translations/ja/*.tsv, and make
translations/mamori_en.ts complete (English is the source language, so each translation is its
source). Lines of a table: context<TAB>source<TAB>Japanese; "\\n" stands for a line break.

--check: change nothing; exit 1 and list what is missing when a Japanese entry is unfinished.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, "translations")


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def load_tables():
    by_pair, by_source = {}, {}
    for path in sorted(glob.glob(os.path.join(TS_DIR, "ja", "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}:{n}: expected 3 tab-separated columns")
                ctx, src, ja = (unescape(p) for p in parts)
                by_pair[(ctx, src)] = ja
                by_source.setdefault(src, set()).add(ja)
    return by_pair, by_source


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def set_translation(msg, text, numerus_forms):
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    for child in list(tr):
        tr.remove(child)
    tr.attrib.pop("type", None)
    if msg.get("numerus") == "yes":
        tr.text = None
        for _ in range(numerus_forms):
            ET.SubElement(tr, "numerusform").text = text
    else:
        tr.text = text


def is_unfinished(msg):
    tr = msg.find("translation")
    return tr is None or tr.get("type") in ("unfinished",) or (
        msg.get("numerus") != "yes" and not (tr.text or "").strip())


def write(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def main():
    check = "--check" in sys.argv
    ja_path = os.path.join(TS_DIR, "mamori_ja.ts")
    en_path = os.path.join(TS_DIR, "mamori_en.ts")
    by_pair, by_source = load_tables()
    ja = ET.parse(ja_path)
    missing = []
    for ctx, msg in messages(ja):
        if msg.get("type") in ("vanished", "obsolete"):
            continue
        src = msg.findtext("source")
        text = by_pair.get((ctx, src))
        if text is None and len(by_source.get(src, ())) == 1:
            text = next(iter(by_source[src]))
        if text is not None and not check:
            set_translation(msg, text, 1)
        elif is_unfinished(msg):
            missing.append((ctx, src))
    if check:
        for ctx, src in missing:
            print(f"unfinished Japanese: [{ctx}] {src!r}")
        return 1 if missing else 0
    write(ja, ja_path)
    en = ET.parse(en_path)
    for _, msg in messages(en):
        set_translation(msg, msg.findtext("source"), 2)
    write(en, en_path)
    for ctx, src in missing:
        print(f"no Japanese yet: {ctx}\t{src}")
    print(f"{len(missing)} Japanese entries still missing")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
