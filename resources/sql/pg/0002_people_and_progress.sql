-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 2 for PostgreSQL: the counterpart of ../0002_people_and_progress.sql (rules in 0001).

CREATE TABLE official (
    id               text COLLATE "C" PRIMARY KEY,
    full_name        text COLLATE "C" NOT NULL,
    name_folded      text COLLATE "C" NOT NULL,
    gender           text COLLATE "C" NOT NULL CHECK (gender IN ('male', 'female')),
    birth_date       text COLLATE "C",
    home_unit        text COLLATE "C",
    home_district_id text COLLATE "C" REFERENCES district(id),
    position         text COLLATE "C",
    phone            text COLLATE "C",
    note             text COLLATE "C",
    illustrative     integer NOT NULL DEFAULT 0,
    row_version      integer NOT NULL DEFAULT 1,
    created_at       text COLLATE "C" NOT NULL,
    updated_at       text COLLATE "C" NOT NULL
);
CREATE INDEX official_name ON official(name_folded);

CREATE TABLE rotation (
    id              text COLLATE "C" PRIMARY KEY,
    official_id     text COLLATE "C" NOT NULL REFERENCES official(id),
    kind            text COLLATE "C" NOT NULL CHECK (kind IN ('luan_chuyen', 'dieu_dong', 'biet_phai')),
    decision_no     text COLLATE "C" NOT NULL,
    decision_date   text COLLATE "C" NOT NULL,
    issuing_body    text COLLATE "C" NOT NULL,
    decision_key    text COLLATE "C" NOT NULL,
    from_unit       text COLLATE "C",
    from_position   text COLLATE "C",
    commune_id      text COLLATE "C" NOT NULL REFERENCES commune(id),
    to_position     text COLLATE "C" NOT NULL,
    start_date      text COLLATE "C" NOT NULL,
    planned_end     text COLLATE "C",
    actual_end      text COLLATE "C",
    end_reason      text COLLATE "C" CHECK (end_reason IS NULL OR end_reason IN
                        ('completed', 'recalled', 'promoted', 'stayed', 'retired', 'other')),
    evaluation      text COLLATE "C" CHECK (evaluation IS NULL OR evaluation IN
                        ('xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh')),
    return_position text COLLATE "C",
    note            text COLLATE "C",
    illustrative    integer NOT NULL DEFAULT 0,
    row_version     integer NOT NULL DEFAULT 1,
    created_at      text COLLATE "C" NOT NULL,
    updated_at      text COLLATE "C" NOT NULL,
    CHECK (planned_end IS NULL OR planned_end >= start_date),
    CHECK (actual_end IS NULL OR actual_end >= start_date)
);
CREATE UNIQUE INDEX rotation_decision ON rotation(decision_key);
CREATE INDEX rotation_official ON rotation(official_id, start_date);
CREATE INDEX rotation_commune ON rotation(commune_id, start_date);

CREATE TABLE assessment (
    id               text COLLATE "C" PRIMARY KEY,
    seq              bigint NOT NULL UNIQUE,
    commune_id       text COLLATE "C" NOT NULL REFERENCES commune(id),
    criterion_id     text COLLATE "C" NOT NULL REFERENCES criterion(id),
    set_id           text COLLATE "C" NOT NULL REFERENCES criteria_set(id),
    family           text COLLATE "C" NOT NULL,
    criterion_number integer NOT NULL,
    assessed_on      text COLLATE "C" NOT NULL,
    status           text COLLATE "C" NOT NULL CHECK (status IN ('met', 'basically_met', 'not_met')),
    note             text COLLATE "C",
    evidence_ref     text COLLATE "C",
    recorded_by      text COLLATE "C" NOT NULL,
    recorded_at      text COLLATE "C" NOT NULL,
    illustrative     integer NOT NULL DEFAULT 0
);
CREATE INDEX assessment_latest ON assessment(commune_id, family, criterion_number, assessed_on, seq);
CREATE INDEX assessment_date ON assessment(assessed_on);

CREATE TABLE indicator_value (
    id            text COLLATE "C" PRIMARY KEY,
    assessment_id text COLLATE "C" NOT NULL REFERENCES assessment(id),
    indicator_id  text COLLATE "C" NOT NULL REFERENCES indicator(id),
    value_text    text COLLATE "C",
    value_number  double precision,
    UNIQUE (assessment_id, indicator_id)
);

CREATE TABLE review_meeting (
    id           text COLLATE "C" PRIMARY KEY,
    commune_id   text COLLATE "C" NOT NULL REFERENCES commune(id),
    held_on      text COLLATE "C" NOT NULL,
    chair        text COLLATE "C",
    decisions    text COLLATE "C",
    responsible  text COLLATE "C",
    note         text COLLATE "C",
    illustrative integer NOT NULL DEFAULT 0,
    row_version  integer NOT NULL DEFAULT 1,
    created_at   text COLLATE "C" NOT NULL,
    updated_at   text COLLATE "C" NOT NULL
);
CREATE INDEX review_meeting_commune ON review_meeting(commune_id, held_on);

CREATE TABLE review_meeting_criterion (
    meeting_id   text COLLATE "C" NOT NULL REFERENCES review_meeting(id),
    criterion_id text COLLATE "C" NOT NULL REFERENCES criterion(id),
    PRIMARY KEY (meeting_id, criterion_id)
);

CREATE TABLE criterion_plan (
    id           text COLLATE "C" PRIMARY KEY,
    commune_id   text COLLATE "C" NOT NULL REFERENCES commune(id),
    criterion_id text COLLATE "C" NOT NULL REFERENCES criterion(id),
    target_date  text COLLATE "C" NOT NULL,
    note         text COLLATE "C",
    row_version  integer NOT NULL DEFAULT 1,
    UNIQUE (commune_id, criterion_id)
);
