-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 2: officials and their rotations, assessments (append-only), review meetings and plans.

CREATE TABLE official (
    id               TEXT PRIMARY KEY,
    full_name        TEXT NOT NULL,
    name_folded      TEXT NOT NULL,
    gender           TEXT NOT NULL CHECK (gender IN ('male', 'female')),
    birth_date       TEXT,
    home_unit        TEXT,
    home_district_id TEXT REFERENCES district(id),
    position         TEXT,
    phone            TEXT,
    note             TEXT,
    illustrative     INTEGER NOT NULL DEFAULT 0,
    row_version      INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX official_name ON official(name_folded);

CREATE TABLE rotation (
    id              TEXT PRIMARY KEY,
    official_id     TEXT NOT NULL REFERENCES official(id),
    kind            TEXT NOT NULL CHECK (kind IN ('luan_chuyen', 'dieu_dong', 'biet_phai')),
    decision_no     TEXT NOT NULL,
    decision_date   TEXT NOT NULL,
    issuing_body    TEXT NOT NULL,
    decision_key    TEXT NOT NULL,
    from_unit       TEXT,
    from_position   TEXT,
    commune_id      TEXT NOT NULL REFERENCES commune(id),
    to_position     TEXT NOT NULL,
    start_date      TEXT NOT NULL,
    planned_end     TEXT,
    actual_end      TEXT,
    end_reason      TEXT CHECK (end_reason IS NULL OR end_reason IN
                        ('completed', 'recalled', 'promoted', 'stayed', 'retired', 'other')),
    evaluation      TEXT CHECK (evaluation IS NULL OR evaluation IN
                        ('xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh')),
    return_position TEXT,
    note            TEXT,
    illustrative    INTEGER NOT NULL DEFAULT 0,
    row_version     INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (planned_end IS NULL OR planned_end >= start_date),
    CHECK (actual_end IS NULL OR actual_end >= start_date)
);
-- A decision number is unique per issuing body (decision_key = folded body + number).
CREATE UNIQUE INDEX rotation_decision ON rotation(decision_key);
CREATE INDEX rotation_official ON rotation(official_id, start_date);
CREATE INDEX rotation_commune ON rotation(commune_id, start_date);

-- Append-only: a correction is a new row. seq orders events recorded on the same day.
CREATE TABLE assessment (
    id               TEXT PRIMARY KEY,
    seq              INTEGER NOT NULL UNIQUE,
    commune_id       TEXT NOT NULL REFERENCES commune(id),
    criterion_id     TEXT NOT NULL REFERENCES criterion(id),
    set_id           TEXT NOT NULL REFERENCES criteria_set(id),
    family           TEXT NOT NULL,
    criterion_number INTEGER NOT NULL,
    assessed_on      TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('met', 'basically_met', 'not_met')),
    note             TEXT,
    evidence_ref     TEXT,
    recorded_by      TEXT NOT NULL,
    recorded_at      TEXT NOT NULL,
    illustrative     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX assessment_latest ON assessment(commune_id, family, criterion_number, assessed_on, seq);
CREATE INDEX assessment_date ON assessment(assessed_on);

CREATE TABLE indicator_value (
    id            TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessment(id),
    indicator_id  TEXT NOT NULL REFERENCES indicator(id),
    value_text    TEXT,
    value_number  REAL,
    UNIQUE (assessment_id, indicator_id)
);

-- The commune's review meetings (giao ban): what was discussed, decided and who is responsible.
CREATE TABLE review_meeting (
    id          TEXT PRIMARY KEY,
    commune_id  TEXT NOT NULL REFERENCES commune(id),
    held_on     TEXT NOT NULL,
    chair       TEXT,
    decisions   TEXT,
    responsible TEXT,
    note        TEXT,
    illustrative INTEGER NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX review_meeting_commune ON review_meeting(commune_id, held_on);

CREATE TABLE review_meeting_criterion (
    meeting_id   TEXT NOT NULL REFERENCES review_meeting(id),
    criterion_id TEXT NOT NULL REFERENCES criterion(id),
    PRIMARY KEY (meeting_id, criterion_id)
);

-- A commune's planned date for meeting a criterion.
CREATE TABLE criterion_plan (
    id           TEXT PRIMARY KEY,
    commune_id   TEXT NOT NULL REFERENCES commune(id),
    criterion_id TEXT NOT NULL REFERENCES criterion(id),
    target_date  TEXT NOT NULL,
    note         TEXT,
    row_version  INTEGER NOT NULL DEFAULT 1,
    UNIQUE (commune_id, criterion_id)
);
