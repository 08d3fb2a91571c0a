#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills unfinished messages of resources/translations/ntm_vi.ts from a JSON map {source: translation}.

Workflow: `cmake --build build --target ntm_gui_lupdate` adds new source strings as unfinished; write their
Vietnamese in a JSON file; run `tools/fill-translations.py map.json`; the test "The Vietnamese catalogue has a
translation for every string" checks that nothing is left. For plural strings (%n) give one form.
"""
import json
import sys
import xml.etree.ElementTree as ET

TS = "resources/translations/ntm_vi.ts"


def main(map_path):
    mapping = json.load(open(map_path, encoding="utf-8"))
    tree = ET.parse(TS)
    left = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        tr = message.find("translation")
        if tr.get("type") not in ("unfinished",) and (tr.text or list(tr)):
            continue
        if source not in mapping:
            left.append(source)
            continue
        for child in list(tr):
            tr.remove(child)
        if message.get("numerus") == "yes":
            tr.text = None
            form = ET.SubElement(tr, "numerusform")
            form.text = mapping[source]
        else:
            tr.text = mapping[source]
        tr.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    with open(TS, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(TS, "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")
    for s in left:
        print("untranslated:", repr(s))
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
