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
    for k in ("valid_from", "valid_to", "targets_over_time"):
        if i.get(k):
            out[k] = i[k]
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


# 342/QĐ-TTg took effect on 20/2/2013: the 2009 form of an indicator it replaced ends the day before
# (shared/reference/README.md, corrections of 2026-12-07).
QD342_FROM, QD342_TO_BEFORE = "2013-02-20", "2013-02-19"


def qd491_versions(criterion, inds):
    """491's indicators 10 and 12 in their 2009 and 342/2013 forms: one code, two versions with validity dates,
    342's own wording and targets (the reference's "≥36 for 2020" came from 1980 and is dropped)."""
    for ind in inds:
        code = ind["code"] or ""
        if "(bản gốc 2009)" in code:
            ind["code"] = str(criterion)
            ind["valid_to"] = QD342_TO_BEFORE
            ind["note"] = (ind.get("note") or "") + " Form of 491/QĐ-TTg (2009), in force until 19/02/2013."
        elif "(QĐ 342/2013)" in code:
            ind["code"] = str(criterion)
            ind["valid_from"] = QD342_FROM
            ind["note"] = (ind.get("note") or "") + " Form of 342/QĐ-TTg, in force from 20/02/2013."
            if criterion == 10:
                ind["target"] = None
                ind["targets_over_time"] = [
                    {"valid_from": "2013-02-20", "valid_to": "2013-12-31", "target": "≥ 15", "verified": True,
                     "note": "Bắc Trung Bộ, 2013: MARD guidance on criterion 10 (baoquangnam.vn, 11/04/2014)."},
                    {"valid_from": "2014-01-01", "valid_to": "2014-12-31", "target": "≥ 17", "verified": True,
                     "note": "Bắc Trung Bộ, 2014: MARD guidance on criterion 10 (baoquangnam.vn, 11/04/2014)."},
                    {"valid_from": "2015-01-01", "valid_to": "2016-11-30", "target": None, "verified": False,
                     "note": "UNVERIFIED: the Bắc Trung Bộ level for 2015 in the annex of 342/QĐ-TTg was not "
                             "retrieved (national level: 26 million)."},
                ]
    return inds


def qd1980_income(inds):
    """1980's income target changes by year: ≥ 36 (Bắc Trung Bộ) is the 2020 level; the levels for 2016–2019
    were set by QĐ 69/QĐ-BNN-VPĐP (9/1/2017) and are not in our sources."""
    for ind in inds:
        if ind["code"] != "10":
            continue
        ind["target"] = "≥ 36 (2020)"
        periods = [{"valid_from": "2016-12-01", "valid_to": "2016-12-31"}]
        periods += [{"valid_from": f"{y}-01-01", "valid_to": f"{y}-12-31"} for y in (2017, 2018, 2019)]
        for p in periods:
            p.update({"target": None, "verified": False,
                      "note": "UNVERIFIED: the level for " + p["valid_from"][:4] + " was set by QĐ 69/QĐ-BNN-VPĐP "
                              "(09/01/2017, Sổ tay hướng dẫn); the value is not in our sources."})
        periods.append({"valid_from": "2020-01-01", "target": "≥ 36", "verified": True,
                        "note": "Bắc Trung Bộ, the 2020 level of 1980/QĐ-TTg (thuviennhadat.vn). No later yearly "
                                "level is in our sources: it stays the target until the set ends."})
        ind["targets_over_time"] = periods
    return inds


def national(src, family):
    groups, criteria = [], []
    for g in src["groups"]:
        groups.append({"code": g["id"], "name": g["name_vi"], "name_en": g["name_en"]})
        for c in g["criteria"]:
            inds = [indicator(i) for i in c["indicators"]]
            if src["code"] == "QD318-2022" and c["number"] == 14:
                # 318 has 57 indicators (49 of 1980 + 8): the reconstruction's 14.3 repeats 12.1.
                inds = [i for i in inds if i["code"] != "14.3"]
            if src["code"] == "QD491-2009" and c["number"] in (10, 12):
                inds = qd491_versions(c["number"], inds)
            if src["code"] == "QD1980-2016" and c["number"] == 10:
                inds = qd1980_income(inds)
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


CRIT20_ASSUMPTION = ("ASSUMPTION: the decision that added criterion 20 and its dates are not in our sources; the "
                     "demo applies it from 01/01/2015 (an assumption, noted on the assignment).")
HT318_ASSUMPTION = ("ASSUMPTION: Hà Tĩnh had its own commune set for 2022–2025, not in our sources; the program "
                    "applies national 318/QĐ-TTg plus Hà Tĩnh's criterion 20 for those years in its place.")


def hatinh(src, base, variant, valid_to=None, assumption=None):
    out = dict(base)
    last = variant["criteria"][-1]
    crit20 = {"number": 20, "group": "IV", "name": last["name_vi"], "name_en": last["name_en"], "verified": True,
              "note": CRIT20_ASSUMPTION + " " + last["group"] + ". Name variants: "
              + "; ".join(last.get("name_vi_variants", [])) + ". " + last.get("assessment", ""),
              "indicators": [indicator(i) for i in last["indicators"]]}
    code = "HT20-" + base["code"].split("-")[0]
    notes = (assumption, CRIT20_ASSUMPTION, src.get("decision_note"), src.get("valid_from_note"),
             src.get("valid_to_note"))
    out.update({
        "code": code, "name": src["title"] + " (" + base["decision"] + ")", "name_en": src["title_en"],
        "decision": None, "issuer": "UBND tỉnh Hà Tĩnh (UNVERIFIED)", "issued": None,
        "valid_from": None, "valid_to": valid_to or variant.get("valid_to"), "scope": "provincial",
        "province": "Hà Tĩnh", "base_set": base["code"], "assumption": bool(assumption),
        "note": " ".join(x for x in notes if x),
        "criteria": base["criteria"] + [crit20],
    })
    return out


def qd51(src):
    crit = []
    for c in src["criteria"]:
        inds = [indicator(i) for i in c["indicators"]]
        for ind in inds:
            # The decision's codes are not in our sources: leave them empty, marked (never invent 3.1, 6.1).
            if not ind["code"]:
                ind["code"] = None
                ind["verified"] = False
                ind["note"] = ("CODE UNKNOWN: the decision's indicator code is not in our sources. "
                               + (ind.get("note") or ""))
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
        "tiers": tiers51(src),
        "groups": [], "criteria": crit,
    }


def tiers51(src):
    """Annex I is the NTM commune set; Annex II, the pilot tier xã NTM hiện đại, is a tier without criteria until
    its content is known."""
    out = []
    for t in src["tiers"]:
        if t["id"] == "xa_ntm":
            out.append({"tier": "ntm", "name": t["name_vi"], "name_en": t["name_en"], "basis": t["basis"],
                        "has_criteria": True, "verified": True, "note": t.get("note")})
        elif t["id"] == "xa_ntm_hien_dai":
            out.append({"tier": "hien_dai", "name": t["name_vi"], "name_en": t["name_en"], "basis": t["basis"],
                        "has_criteria": False, "verified": False,
                        "note": "UNVERIFIED: the content of Annex II (the pilot framework) is not in our sources; "
                                "the tier has no criteria in the program until it is entered. " + (t.get("note") or "")})
    return out


def main(ref, out):
    ref, out = Path(ref), Path(out)
    load = lambda n: json.loads((ref / n).read_text(encoding="utf-8"))
    s491 = national(load("criteria-qd491-2009.json"), "vn-19")
    s1980 = national(load("criteria-qd1980-2016.json"), "vn-19")
    s318 = national(load("criteria-qd318-2022.json"), "vn-19")
    ht = load("criteria-hatinh-20.json")
    sets = [s491, s1980, s318, hatinh(ht, s491, ht["variants"][0]),
            hatinh(ht, s1980, ht["variants"][1], valid_to="2022-03-07"),
            hatinh(ht, s318, ht["variants"][1], valid_to="2026-02-14", assumption=HT318_ASSUMPTION),
            qd51(load("criteria-qd51-2025.json"))]
    for s in sets:
        name = s["code"].lower() + ".json"
        (out / name).write_text(json.dumps(s, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(s["criteria"]), "criteria", sum(len(c["indicators"]) for c in s["criteria"]), "indicators")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference",
         sys.argv[2] if len(sys.argv) > 2 else "resources/criteria")
