#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts the criteria sets of ../shared/reference into the product format (resources/criteria/).

Run by a developer when the reference data changes; the output is committed. The app validates the
files again when it loads them (src/core/criteria/CriteriaSetLoader.cpp). Every UNVERIFIED mark of the
reference stays in the data, as "verified": false plus the note; no gap is filled with a number.
"""
import json
import sys
from pathlib import Path

KIND = {"boolean": ("boolean", None), "percent": ("percent", "min"), "percent_max": ("percent", "max"),
        "none_allowed": ("count", "max"), "ratio": ("number", None), "money": ("number", "min"),
        "quantity": ("number", "min"), "count_or_percent": ("number", "min"), "count": ("count", "min")}


def indicator(i):
    kind, direction = KIND.get(i.get("kind") or "", ("text", None))
    out = {"code": i.get("code"), "name": i["name_vi"], "name_en": i.get("name_en"), "unit": i.get("unit"),
           "kind": kind, "target": i.get("target")}
    if direction:
        out["direction"] = direction
    if i.get("target_national"):
        out["target_national"] = i["target_national"]
    if i.get("targets_by_region"):
        out["targets_by_region"] = i["targets_by_region"]
    if isinstance(i.get("targets"), dict):
        out["targets_by_group"] = {k.replace("group", ""): (None if v == "UNVERIFIED" else v)
                                   for k, v in i["targets"].items()}
    out["verified"] = bool(i.get("verified", False))
    if i.get("note"):
        out["note"] = i["note"]
    return out


def national(src, family):
    groups, criteria = [], []
    for g in src["groups"]:
        groups.append({"code": g["id"], "name": g["name_vi"], "name_en": g["name_en"]})
        for c in g["criteria"]:
            inds = [indicator(i) for i in c["indicators"]]
            for n, ind in enumerate(inds, 1):
                if not ind["code"]:
                    ind["code"] = f"{c['number']}.{n}"
            criteria.append({"number": c["number"], "group": g["id"], "name": c["name_vi"], "name_en": c["name_en"],
                             "verified": bool(c.get("name_verified", False)), "indicators": inds})
    notes = [src.get(k) for k in ("valid_from_note", "valid_to_note", "region_note", "indicator_count_note")]
    return {
        "format": "ntm-criteria-set/1", "code": src["code"], "version": 1, "family": family,
        "name": src["title"], "name_en": src["title_en"], "decision": src["decision"],
        "issuer": src.get("issuer"), "issued": src["issued"], "valid_from": src["valid_from"],
        "valid_to": src.get("valid_to"), "scope": "national", "province": None,
        "target_region": src.get("target_region"), "note": " ".join(n for n in notes if n) or None,
        "groups": groups, "criteria": criteria,
    }


def hatinh(src, base, variant):
    out = dict(base)
    last = variant["criteria"][-1]
    crit20 = {"number": 20, "group": "IV", "name": last["name_vi"], "name_en": last["name_en"], "verified": True,
              "note": last["group"] + ". Name variants: " + "; ".join(last.get("name_vi_variants", [])) + ". "
              + last.get("assessment", ""),
              "indicators": [indicator(i) for i in last["indicators"]]}
    code = "HT20-" + base["code"].split("-")[0]
    out.update({
        "code": code, "name": src["title"] + " (" + base["decision"] + ")", "name_en": src["title_en"],
        "decision": None, "issuer": "UBND tỉnh Hà Tĩnh (UNVERIFIED)", "issued": None,
        "valid_from": None, "valid_to": variant.get("valid_to"), "scope": "provincial", "province": "Hà Tĩnh",
        "base_set": base["code"],
        "note": " ".join(x for x in (src.get("decision_note"), src.get("valid_from_note"), src.get("valid_to_note")) if x),
        "criteria": base["criteria"] + [crit20],
    })
    return out


def qd51(src):
    crit = []
    for c in src["criteria"]:
        inds = [indicator(i) for i in c["indicators"]]
        for n, ind in enumerate(inds, 1):
            if not ind["code"]:
                ind["code"] = f"{c['number']}.{n}"
        crit.append({"number": c["number"], "group": None, "name": c["name_vi"], "name_en": c["name_en"],
                     "verified": True, "note": c.get("note"), "indicators": inds})
    cg = src["commune_groups"]
    return {
        "format": "ntm-criteria-set/1", "code": "QD51-2025", "version": 1, "family": "vn-2026",
        "name": src["decision"]["title_vi"], "name_en": src["decision"]["title_en"],
        "decision": src["decision"]["number"], "issuer": src["decision"]["issuer"], "issued": src["issued"],
        "valid_from": src["valid_from"], "valid_to": src.get("valid_to"), "scope": "national", "province": None,
        "note": " ".join(x for x in (src.get("valid_to_note"), src.get("criteria_groups_note"),
                                      "The indicator table (47 indicators) is not yet public in our sources: "
                                      "complete it with ntm-cli criteria-import.") if x),
        "commune_groups": [{"number": n, "name": cg[f"group{n}"]["vi"], "name_en": cg[f"group{n}"]["en"]}
                           for n in (1, 2, 3)],
        "groups": [], "criteria": crit,
    }


def main(ref, out):
    ref, out = Path(ref), Path(out)
    load = lambda n: json.loads((ref / n).read_text(encoding="utf-8"))
    s491 = national(load("criteria-qd491-2009.json"), "vn-19")
    s1980 = national(load("criteria-qd1980-2016.json"), "vn-19")
    s318 = national(load("criteria-qd318-2022.json"), "vn-19")
    ht = load("criteria-hatinh-20.json")
    sets = [s491, s1980, s318, hatinh(ht, s491, ht["variants"][0]), hatinh(ht, s1980, ht["variants"][1]),
            qd51(load("criteria-qd51-2025.json"))]
    for s in sets:
        name = s["code"].lower() + ".json"
        (out / name).write_text(json.dumps(s, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(s["criteria"]), "criteria", sum(len(c["indicators"]) for c in s["criteria"]), "indicators")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference",
         sys.argv[2] if len(sys.argv) > 2 else "resources/criteria")
