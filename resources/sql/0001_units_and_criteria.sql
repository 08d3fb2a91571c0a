-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 1: administrative units (with history and lineage) and criteria sets.
-- Dates are ISO text (yyyy-MM-dd); NULL valid_from means "since before the records", NULL valid_to "still valid".
-- Ids are UUID text so that records from several databases can be merged.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE province (
    id   TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL
);

CREATE TABLE district (
    id          TEXT PRIMARY KEY,
    province_id TEXT NOT NULL REFERENCES province(id),
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('huyen', 'thi_xa', 'thanh_pho')),
    valid_from  TEXT,
    valid_to    TEXT,
    note        TEXT,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX district_province ON district(province_id);

-- Explicit, dated links between districts (Lộc Hà into Thạch Hà, 2025).
CREATE TABLE district_lineage (
    id             TEXT PRIMARY KEY,
    predecessor_id TEXT NOT NULL REFERENCES district(id),
    successor_id   TEXT NOT NULL REFERENCES district(id),
    effective_on   TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
    act            TEXT,
    verified       INTEGER NOT NULL DEFAULT 1,
    note           TEXT
);

-- A commune is an identity with a lifetime; what it is called, what kind it is and which district it
-- belongs to are dated periods (commune_period). Codes were reused after mergers, so a code is not an identity.
CREATE TABLE commune (
    id           TEXT PRIMARY KEY,
    province_id  TEXT NOT NULL REFERENCES province(id),
    valid_from   TEXT,
    valid_to     TEXT,
    target_year  INTEGER,
    illustrative INTEGER NOT NULL DEFAULT 0,
    note         TEXT,
    row_version  INTEGER NOT NULL DEFAULT 1,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX commune_province ON commune(province_id);

CREATE TABLE commune_period (
    id          TEXT PRIMARY KEY,
    commune_id  TEXT NOT NULL REFERENCES commune(id),
    valid_from  TEXT,
    valid_to    TEXT,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('xa', 'phuong', 'thi_tran')),
    district_id TEXT REFERENCES district(id),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX commune_period_commune ON commune_period(commune_id, valid_from);
CREATE INDEX commune_period_district ON commune_period(district_id);

-- Merges, splits and renames between commune identities; never deleted.
CREATE TABLE commune_lineage (
    id             TEXT PRIMARY KEY,
    predecessor_id TEXT NOT NULL REFERENCES commune(id),
    successor_id   TEXT NOT NULL REFERENCES commune(id),
    effective_on   TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
    act            TEXT,
    verified       INTEGER NOT NULL DEFAULT 1,
    note           TEXT
);
CREATE INDEX commune_lineage_pred ON commune_lineage(predecessor_id);
CREATE INDEX commune_lineage_succ ON commune_lineage(successor_id);

CREATE TABLE village (
    id               TEXT PRIMARY KEY,
    commune_id       TEXT NOT NULL REFERENCES commune(id),
    name             TEXT NOT NULL,
    valid_from       TEXT,
    valid_to         TEXT,
    responsible_name TEXT,
    responsible_role TEXT,
    note             TEXT,
    row_version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX village_commune ON village(commune_id);

-- Recognition of a commune (tier NTM, nâng cao, kiểu mẫu, hiện đại); ended by a merger or a withdrawal.
CREATE TABLE recognition (
    id          TEXT PRIMARY KEY,
    commune_id  TEXT NOT NULL REFERENCES commune(id),
    tier        TEXT NOT NULL CHECK (tier IN ('ntm', 'nang_cao', 'kieu_mau', 'hien_dai')),
    decision_no TEXT,
    decided_on  TEXT NOT NULL,
    ended_on    TEXT,
    end_reason  TEXT CHECK (end_reason IS NULL OR end_reason IN ('merger', 'withdrawn')),
    note        TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (ended_on IS NULL OR ended_on >= decided_on)
);
CREATE INDEX recognition_commune ON recognition(commune_id, decided_on);

-- Criteria sets. Sets of one family share criterion numbers, so a status carries over between them.
CREATE TABLE criteria_set (
    id            TEXT PRIMARY KEY,
    code          TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    family        TEXT NOT NULL,
    name          TEXT NOT NULL,
    name_en       TEXT,
    decision      TEXT,
    issuer        TEXT,
    issued_on     TEXT,
    valid_from    TEXT,
    valid_to      TEXT,
    scope         TEXT NOT NULL CHECK (scope IN ('national', 'provincial')),
    province_name TEXT,
    base_set_code TEXT,
    target_region TEXT,
    note          TEXT,
    content_hash  TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    UNIQUE (code, version)
);

CREATE TABLE commune_group_def (
    id      TEXT PRIMARY KEY,
    set_id  TEXT NOT NULL REFERENCES criteria_set(id),
    number  INTEGER NOT NULL,
    name    TEXT NOT NULL,
    name_en TEXT,
    UNIQUE (set_id, number)
);

CREATE TABLE criterion (
    id         TEXT PRIMARY KEY,
    set_id     TEXT NOT NULL REFERENCES criteria_set(id),
    number     INTEGER NOT NULL,
    group_code TEXT,
    group_name TEXT,
    name       TEXT NOT NULL,
    name_en    TEXT,
    verified   INTEGER NOT NULL DEFAULT 1,
    note       TEXT,
    UNIQUE (set_id, number)
);

CREATE TABLE indicator (
    id                TEXT PRIMARY KEY,
    criterion_id      TEXT NOT NULL REFERENCES criterion(id),
    sort_order        INTEGER NOT NULL,
    code              TEXT NOT NULL,
    name              TEXT NOT NULL,
    name_en           TEXT,
    unit              TEXT,
    kind              TEXT NOT NULL CHECK (kind IN ('boolean', 'percent', 'number', 'count', 'text')),
    direction         TEXT CHECK (direction IS NULL OR direction IN ('min', 'max')),
    target            TEXT,
    targets_by_region TEXT,
    verified          INTEGER NOT NULL DEFAULT 1,
    note              TEXT
);
CREATE INDEX indicator_criterion ON indicator(criterion_id, sort_order);

-- Targets that differ by commune group (2026–2030 set).
CREATE TABLE indicator_target (
    indicator_id TEXT NOT NULL REFERENCES indicator(id),
    group_number INTEGER NOT NULL,
    target       TEXT,
    PRIMARY KEY (indicator_id, group_number)
);

-- Which set applies from which date: to a whole province or to one commune. National sets also apply
-- from their own valid_from without a row here; the latest start on or before a date wins.
CREATE TABLE set_assignment (
    id          TEXT PRIMARY KEY,
    set_id      TEXT NOT NULL REFERENCES criteria_set(id),
    province_id TEXT REFERENCES province(id),
    commune_id  TEXT REFERENCES commune(id),
    valid_from  TEXT NOT NULL,
    note        TEXT,
    CHECK ((province_id IS NULL) <> (commune_id IS NULL))
);

-- A commune's group under a set with groups, from a date.
CREATE TABLE commune_group (
    id           TEXT PRIMARY KEY,
    commune_id   TEXT NOT NULL REFERENCES commune(id),
    group_number INTEGER NOT NULL CHECK (group_number BETWEEN 1 AND 3),
    valid_from   TEXT NOT NULL,
    UNIQUE (commune_id, valid_from)
);

-- A province's crosswalk from an old criterion to a new one of another shape (318 -> 51/2025).
CREATE TABLE criterion_crosswalk (
    id                TEXT PRIMARY KEY,
    province_id       TEXT REFERENCES province(id),
    from_criterion_id TEXT NOT NULL REFERENCES criterion(id),
    to_criterion_id   TEXT NOT NULL REFERENCES criterion(id),
    UNIQUE (province_id, from_criterion_id, to_criterion_id)
);
