#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts ../shared/reference/admin-units-hatinh.json into the product's unit format.

Run by a developer when the reference data changes; the output is committed as
resources/units/ha-tinh.json and read by the demo builder. Nothing here runs at build time.

Identity rules (a code is not an identity: codes were reused after mergers):
- 2016-2019 -> 2020: the merges listed in the reference are explicit. A merged unit that keeps
  the name and type of one of its parts continues that part's identity (it absorbed the others);
  otherwise it is a new unit. Units not in a merge continue by name within their district, or by code.
- 2020 -> 1/1/2025: units continue by name (possibly in another district: moves), or by code
  with the same folded name (type changes xa -> phuong, spelling fixes). A new name is a new unit;
  its origin is inferred from the reused code and shared name syllables, marked unverified.
- 1/7/2025: every unit is new (the district level ended), formed from the units it lists;
  units listed as unchanged continue.
"""
import json
import sys
import unicodedata
from pathlib import Path

KIND = {"xã": "xa", "phường": "phuong", "thị trấn": "thi_tran"}
DKIND = {"huyện": "huyen", "thị xã": "thi_xa", "thành phố": "thanh_pho"}


def fold(s):
    s = " ".join(s.split()).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


def strip_type(name_with_type):
    n = " ".join(name_with_type.split())
    for prefix in ("Thị trấn ", "Phường ", "Xã "):
        if n.startswith(prefix):
            return n[len(prefix):]
    return n


class Builder:
    def __init__(self):
        self.communes = []  # dicts with key, periods
        self.lineage = []

    def new(self, tag, code):
        key = f"42-{code}-{tag}"
        start = {"a": None, "b": "2020-01-01", "c": "2025-01-01", "d": "2025-07-01"}[tag]
        unit = {"key": key, "periods": [], "open_from": start}
        self.communes.append(unit)
        return unit

    def add_period(self, unit, start, end, c, district):
        unit["periods"].append({
            "from": start, "to": end, "code": c["code"],
            "name": strip_type(c["name_with_type"]), "kind": KIND[c["type"]], "district": district,
        })

    def link(self, frm, to, date, kind, act, verified, note=None):
        row = {"from": frm["key"], "to": to["key"], "date": date, "kind": kind, "act": act, "verified": verified}
        if note:
            row["note"] = note
        self.lineage.append(row)


def main(ref_dir, out_path):
    ref = json.loads((Path(ref_dir) / "admin-units-hatinh.json").read_text(encoding="utf-8"))
    new2025 = json.loads((Path(ref_dir) / "ha-tinh-communes-2025.json").read_text(encoding="utf-8"))
    snaps = ref["snapshots"]
    b = Builder()
    districts = {}
    for snap in snaps[:3]:
        for d in snap["districts"]:
            districts.setdefault(d["code"], {
                "key": f"42-{d['code']}", "code": d["code"], "name": d["name"], "kind": DKIND[d["type"]],
                "valid_from": None, "valid_to": "2025-06-30",
            })
    districts["448"]["valid_to"] = "2024-12-31"  # Lộc Hà merged into Thạch Hà on 1/1/2025
    districts["449"]["valid_from"] = KY_ANH_TOWN_FROM
    districts["449"]["note"] = ("Thị xã Kỳ Anh was formed by Resolution 903/NQ-UBTVQH13 of 09/04/2015 from thị trấn "
                                "Kỳ Anh and 11 xã of huyện Kỳ Anh (Kỳ Hà, Kỳ Hoa, Kỳ Hưng, Kỳ Long, Kỳ Liên, Kỳ Lợi, "
                                "Kỳ Nam, Kỳ Ninh, Kỳ Phương, Kỳ Thịnh, Kỳ Trinh).")

    # Snapshot A: 2016-2019 (assumed to hold from the start of the programme)
    live = {}  # folded name -> (unit, c, district code)
    for d in snaps[0]["districts"]:
        for c in d["communes"]:
            u = b.new("a", c["code"])
            u["cur"] = (c, d["code"])
            live[(d["code"], fold(c["name_with_type"]))] = u
    # A -> B (1/1/2020)
    act819 = "NQ 819/NQ-UBTVQH14 (21/11/2019)"
    merges = {}
    for dname, rows in snaps[1]["merges_from_2019"].items():
        dcode = dname.split("(")[-1].rstrip(")")
        for row in rows:
            merges[(dcode, fold(row["new_unit"]))] = row
    used = set()
    b_units = {}
    for d in snaps[1]["districts"]:
        for c in d["communes"]:
            k = (d["code"], fold(c["name_with_type"]))
            row = merges.get(k)
            if row:
                parts = [live[(d["code"], fold(p))] for p in row["formed_from"] if (d["code"], fold(p)) in live]
                cont = live.get(k) if fold(c["name_with_type"]) in [fold(p) for p in row["formed_from"]] else None
                u = cont or b.new("b", c["code"])
                for p in parts:
                    used.add(p["key"])
                    if p is not cont:
                        b.link(p, u, "2020-01-01", "merge", act819, row.get("verified", False), row.get("note"))
            else:
                u = live.get(k)
                if u is None:
                    cands = [x for x in live.values() if x["cur"][1] == d["code"] and x["cur"][0]["code"] == c["code"]]
                    u = cands[0] if cands else b.new("b", c["code"])
                used.add(u["key"])
            b_units[u["key"]] = u
            u["next"] = (c, d["code"])
    close_snapshot(b, live.values(), "2019-12-31", "2020-01-01")
    # B -> C (1/1/2025)
    act1283 = "NQ 1283/NQ-UBTVQH15 (14/11/2024)"
    live = {k: u for k, u in b_units.items()}
    for u in live.values():
        u["cur"] = u.pop("next")
    by_name = {fold(u["cur"][0]["name_with_type"]): u for u in live.values()}
    by_code = {u["cur"][0]["code"]: u for u in live.values()}
    c_units = {}
    pending_new = []
    for d in snaps[2]["districts"]:
        for c in d["communes"]:
            u = by_name.get(fold(c["name_with_type"]))
            if u is None:
                old = by_code.get(c["code"])
                if old and fold(strip_type(old["cur"][0]["name_with_type"])) == fold(strip_type(c["name_with_type"])):
                    u = old
            if u is None:
                u = b.new("c", c["code"])
                pending_new.append((u, c))
            c_units[u["key"]] = u
            u["next"] = (c, d["code"])
    survivors = set(c_units)
    gone = [u for u in live.values() if u["key"] not in survivors]
    for u, c in pending_new:
        syllables = set(fold(strip_type(c["name_with_type"])).split())
        for g in gone:
            same_code = g["cur"][0]["code"] == c["code"]
            shared = syllables & set(fold(strip_type(g["cur"][0]["name_with_type"])).split()) - {"son", "thach", "ky", "cam", "duc"}
            if same_code or (shared and g["cur"][1] == u["next"][1]):
                b.link(g, u, "2025-01-01", "merge", act1283, False,
                       "UNVERIFIED: inferred from the reused code or a shared name syllable")
    close_snapshot(b, live.values(), "2024-12-31", "2025-01-01")
    # C -> D (1/7/2025): the district level ends
    live = c_units
    for u in live.values():
        u["cur"] = u.pop("next")
    by_name = {fold(u["cur"][0]["name_with_type"]): u for u in live.values()}
    act1665 = "NQ 1665/NQ-UBTVQH15 (number UNVERIFIED), effective 01/07/2025"
    statuses = {fold(x["new_unit"]): x for x in new2025["units"]}
    for c in snaps[3]["units"]:
        info = statuses.get(fold(c["name_with_type"]), {})
        parts = c.get("formed_from") or info.get("merged_from") or []
        verified = str(info.get("status", "")).startswith("corroborated")
        if len(parts) == 1 and fold(parts[0]) == fold(c["name_with_type"]):
            u = by_name[fold(parts[0])]  # unchanged ('giữ nguyên')
            u["next"] = (c, None)
            continue
        u = b.new("d", c["code"])
        u["next"] = (c, None)
        for p in parts:
            src = by_name.get(fold(p))
            if src is None:
                print(f"warning: {p} (part of {c['name_with_type']}) not found", file=sys.stderr)
                continue
            b.link(src, u, "2025-07-01", "merge", act1665, verified, None if verified else info.get("status"))
    close_snapshot(b, live.values(), "2025-06-30", "2025-07-01")
    for u in b.communes:
        if "next" in u:
            c, dcode = u.pop("next")
            b.add_period(u, u.get("open_from"), None, c, None)
        u.pop("cur", None)
        u.pop("open_from", None)

    split_ky_anh_town(b)
    focus = {
        "duc_yen": next(u["key"] for u in b.communes if u["periods"][0]["name"] == "Đức Yên"),
        "thach_khe": next(u["key"] for u in b.communes if u["periods"][0]["name"] == "Thạch Khê"),
    }
    out = {
        "format": "ntm-units/1",
        "source": "Converted by tools/convert-units.py from shared/reference/admin-units-hatinh.json and "
                  "ha-tinh-communes-2025.json (GSO lists; 2020 and 2025 merges; see the notes on each link).",
        "province": {"code": "42", "name": "Hà Tĩnh", "key": "42"},
        "districts": list(districts.values()),
        "district_lineage": [{"from": "42-448", "to": "42-445", "date": "2025-01-01", "kind": "merge",
                              "act": act1283, "verified": True}],
        "communes": b.communes,
        "lineage": b.lineage,
        "focus": focus,
    }
    Path(out_path).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(b.communes)} communes, {len(b.lineage)} lineage links -> {out_path}")


KY_ANH_TOWN_FROM = "2015-04-09"
KY_ANH_XA = {"Kỳ Hà", "Kỳ Hoa", "Kỳ Hưng", "Kỳ Long", "Kỳ Liên", "Kỳ Lợi", "Kỳ Nam", "Kỳ Ninh", "Kỳ Phương",
             "Kỳ Thịnh", "Kỳ Trinh"}


def split_ky_anh_town(b):
    """Before 9/4/2015 the units of thị xã Kỳ Anh were thị trấn Kỳ Anh and 11 xã of huyện Kỳ Anh (Resolution
    903/NQ-UBTVQH13; shared/reference/README.md): their first period is split at that date."""
    for u in b.communes:
        first = u["periods"][0]
        if first["from"] is not None or first["district"] != "42-449":
            continue
        before = dict(first, to="2015-04-08", district="42-447")
        if first["name"] in KY_ANH_XA:
            before["kind"] = "xa"
        else:
            # The 12th unit: phường Sông Trí in the 2017 list is the former thị trấn Kỳ Anh (by elimination).
            before.update(name="Kỳ Anh", kind="thi_tran")
            u["note"] = ("Thị trấn Kỳ Anh until 08/04/2015 (Resolution 903/NQ-UBTVQH13); that phường Sông Trí is "
                         "the former thị trấn, and that it kept code 18754, are inferred (UNVERIFIED).")
        first["from"] = KY_ANH_TOWN_FROM
        u["periods"].insert(0, before)


def close_snapshot(b, units, last_day, next_day):
    """Writes the period that ends at last_day for every live unit; units with no 'next' end there."""
    for u in units:
        c, dcode = u["cur"]
        start = u.get("open_from")
        nxt = u.get("next")
        if nxt and nxt[0]["name_with_type"] == c["name_with_type"] and nxt[1] == dcode and nxt[0]["type"] == c["type"] \
                and nxt[0]["code"] == c["code"]:
            continue  # same period goes on
        b.add_period(u, start, last_day, c, f"42-{dcode}" if dcode else None)
        u["open_from"] = next_day


if __name__ == "__main__":
    ref_dir = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"
    out = sys.argv[2] if len(sys.argv) > 2 else "resources/units/ha-tinh.json"
    main(ref_dir, out)
