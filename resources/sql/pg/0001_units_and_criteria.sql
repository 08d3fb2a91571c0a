-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 1 for PostgreSQL: the counterpart of ../0001_units_and_criteria.sql (docs/server.md, "Migrations").
-- Same tables, columns, constraints and index names as the file; the translation rules:
--   TEXT -> text COLLATE "C" (byte order, as SQLite compares text), INTEGER -> integer (bigint for sequence
--   numbers), REAL -> double precision; dates stay ISO text and flags 0/1 integers, so every query means the same.
-- Each migration runs in one transaction and PostgresBackend records its version in ntm_schema_migration, created
-- here first: that table also marks the database as NTM Tracker's.

CREATE TABLE ntm_schema_migration (
    version         integer PRIMARY KEY,
    name            text COLLATE "C" NOT NULL,
    applied_at      text COLLATE "C" NOT NULL,
    applied_by      text COLLATE "C" NOT NULL,
    program_version text COLLATE "C" NOT NULL
);
COMMENT ON TABLE ntm_schema_migration IS 'NTM Tracker: schema migrations applied to this database';

CREATE TABLE meta (
    key   text COLLATE "C" PRIMARY KEY,
    value text COLLATE "C"
);

CREATE TABLE province (
    id   text COLLATE "C" PRIMARY KEY,
    code text COLLATE "C" NOT NULL,
    name text COLLATE "C" NOT NULL
);

CREATE TABLE district (
    id          text COLLATE "C" PRIMARY KEY,
    province_id text COLLATE "C" NOT NULL REFERENCES province(id),
    code        text COLLATE "C" NOT NULL,
    name        text COLLATE "C" NOT NULL,
    kind        text COLLATE "C" NOT NULL CHECK (kind IN ('huyen', 'thi_xa', 'thanh_pho')),
    valid_from  text COLLATE "C",
    valid_to    text COLLATE "C",
    note        text COLLATE "C",
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX district_province ON district(province_id);

CREATE TABLE district_lineage (
    id             text COLLATE "C" PRIMARY KEY,
    predecessor_id text COLLATE "C" NOT NULL REFERENCES district(id),
    successor_id   text COLLATE "C" NOT NULL REFERENCES district(id),
    effective_on   text COLLATE "C" NOT NULL,
    kind           text COLLATE "C" NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
    act            text COLLATE "C",
    verified       integer NOT NULL DEFAULT 1,
    note           text COLLATE "C"
);

CREATE TABLE commune (
    id           text COLLATE "C" PRIMARY KEY,
    province_id  text COLLATE "C" NOT NULL REFERENCES province(id),
    valid_from   text COLLATE "C",
    valid_to     text COLLATE "C",
    target_year  integer,
    illustrative integer NOT NULL DEFAULT 0,
    note         text COLLATE "C",
    row_version  integer NOT NULL DEFAULT 1,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX commune_province ON commune(province_id);

CREATE TABLE commune_period (
    id          text COLLATE "C" PRIMARY KEY,
    commune_id  text COLLATE "C" NOT NULL REFERENCES commune(id),
    valid_from  text COLLATE "C",
    valid_to    text COLLATE "C",
    code        text COLLATE "C" NOT NULL,
    name        text COLLATE "C" NOT NULL,
    kind        text COLLATE "C" NOT NULL CHECK (kind IN ('xa', 'phuong', 'thi_tran')),
    district_id text COLLATE "C" REFERENCES district(id),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX commune_period_commune ON commune_period(commune_id, valid_from);
CREATE INDEX commune_period_district ON commune_period(district_id);

CREATE TABLE commune_lineage (
    id             text COLLATE "C" PRIMARY KEY,
    predecessor_id text COLLATE "C" NOT NULL REFERENCES commune(id),
    successor_id   text COLLATE "C" NOT NULL REFERENCES commune(id),
    effective_on   text COLLATE "C" NOT NULL,
    kind           text COLLATE "C" NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
    act            text COLLATE "C",
    verified       integer NOT NULL DEFAULT 1,
    note           text COLLATE "C"
);
CREATE INDEX commune_lineage_pred ON commune_lineage(predecessor_id);
CREATE INDEX commune_lineage_succ ON commune_lineage(successor_id);

CREATE TABLE village (
    id               text COLLATE "C" PRIMARY KEY,
    commune_id       text COLLATE "C" NOT NULL REFERENCES commune(id),
    name             text COLLATE "C" NOT NULL,
    valid_from       text COLLATE "C",
    valid_to         text COLLATE "C",
    responsible_name text COLLATE "C",
    responsible_role text COLLATE "C",
    note             text COLLATE "C",
    row_version      integer NOT NULL DEFAULT 1
);
CREATE INDEX village_commune ON village(commune_id);

CREATE TABLE recognition (
    id          text COLLATE "C" PRIMARY KEY,
    commune_id  text COLLATE "C" NOT NULL REFERENCES commune(id),
    tier        text COLLATE "C" NOT NULL CHECK (tier IN ('ntm', 'nang_cao', 'kieu_mau', 'hien_dai')),
    decision_no text COLLATE "C",
    decided_on  text COLLATE "C" NOT NULL,
    ended_on    text COLLATE "C",
    end_reason  text COLLATE "C" CHECK (end_reason IS NULL OR end_reason IN ('merger', 'withdrawn')),
    note        text COLLATE "C",
    row_version integer NOT NULL DEFAULT 1,
    CHECK (ended_on IS NULL OR ended_on >= decided_on)
);
CREATE INDEX recognition_commune ON recognition(commune_id, decided_on);

CREATE TABLE criteria_set (
    id            text COLLATE "C" PRIMARY KEY,
    code          text COLLATE "C" NOT NULL,
    version       integer NOT NULL DEFAULT 1,
    family        text COLLATE "C" NOT NULL,
    name          text COLLATE "C" NOT NULL,
    name_en       text COLLATE "C",
    decision      text COLLATE "C",
    issuer        text COLLATE "C",
    issued_on     text COLLATE "C",
    valid_from    text COLLATE "C",
    valid_to      text COLLATE "C",
    scope         text COLLATE "C" NOT NULL CHECK (scope IN ('national', 'provincial')),
    province_name text COLLATE "C",
    base_set_code text COLLATE "C",
    target_region text COLLATE "C",
    note          text COLLATE "C",
    content_hash  text COLLATE "C" NOT NULL,
    imported_at   text COLLATE "C" NOT NULL,
    UNIQUE (code, version)
);

CREATE TABLE commune_group_def (
    id      text COLLATE "C" PRIMARY KEY,
    set_id  text COLLATE "C" NOT NULL REFERENCES criteria_set(id),
    number  integer NOT NULL,
    name    text COLLATE "C" NOT NULL,
    name_en text COLLATE "C",
    UNIQUE (set_id, number)
);

CREATE TABLE criterion (
    id         text COLLATE "C" PRIMARY KEY,
    set_id     text COLLATE "C" NOT NULL REFERENCES criteria_set(id),
    number     integer NOT NULL,
    group_code text COLLATE "C",
    group_name text COLLATE "C",
    name       text COLLATE "C" NOT NULL,
    name_en    text COLLATE "C",
    verified   integer NOT NULL DEFAULT 1,
    note       text COLLATE "C",
    UNIQUE (set_id, number)
);

CREATE TABLE indicator (
    id                text COLLATE "C" PRIMARY KEY,
    criterion_id      text COLLATE "C" NOT NULL REFERENCES criterion(id),
    sort_order        integer NOT NULL,
    code              text COLLATE "C" NOT NULL,
    name              text COLLATE "C" NOT NULL,
    name_en           text COLLATE "C",
    unit              text COLLATE "C",
    kind              text COLLATE "C" NOT NULL CHECK (kind IN ('boolean', 'percent', 'number', 'count', 'text')),
    direction         text COLLATE "C" CHECK (direction IS NULL OR direction IN ('min', 'max')),
    target            text COLLATE "C",
    targets_by_region text COLLATE "C",
    verified          integer NOT NULL DEFAULT 1,
    note              text COLLATE "C"
);
CREATE INDEX indicator_criterion ON indicator(criterion_id, sort_order);

CREATE TABLE indicator_target (
    indicator_id text COLLATE "C" NOT NULL REFERENCES indicator(id),
    group_number integer NOT NULL,
    target       text COLLATE "C",
    PRIMARY KEY (indicator_id, group_number)
);

CREATE TABLE set_assignment (
    id          text COLLATE "C" PRIMARY KEY,
    set_id      text COLLATE "C" NOT NULL REFERENCES criteria_set(id),
    province_id text COLLATE "C" REFERENCES province(id),
    commune_id  text COLLATE "C" REFERENCES commune(id),
    valid_from  text COLLATE "C" NOT NULL,
    note        text COLLATE "C",
    CHECK ((province_id IS NULL) <> (commune_id IS NULL))
);

CREATE TABLE commune_group (
    id           text COLLATE "C" PRIMARY KEY,
    commune_id   text COLLATE "C" NOT NULL REFERENCES commune(id),
    group_number integer NOT NULL CHECK (group_number BETWEEN 1 AND 3),
    valid_from   text COLLATE "C" NOT NULL,
    UNIQUE (commune_id, valid_from)
);

CREATE TABLE criterion_crosswalk (
    id                text COLLATE "C" PRIMARY KEY,
    province_id       text COLLATE "C" REFERENCES province(id),
    from_criterion_id text COLLATE "C" NOT NULL REFERENCES criterion(id),
    to_criterion_id   text COLLATE "C" NOT NULL REFERENCES criterion(id),
    UNIQUE (province_id, from_criterion_id, to_criterion_id)
);
