-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 9 for PostgreSQL: the counterpart of ../0009_working_groups.sql (rules in 0001).

CREATE TABLE working_group (
    id           text COLLATE "C" PRIMARY KEY,
    commune_id   text COLLATE "C" NOT NULL REFERENCES commune(id),
    name         text COLLATE "C" NOT NULL,
    decision_no  text COLLATE "C",
    decided_on   text COLLATE "C",
    issuing_body text COLLATE "C",
    valid_from   text COLLATE "C" NOT NULL,
    valid_to     text COLLATE "C",
    note         text COLLATE "C",
    illustrative integer NOT NULL DEFAULT 0,
    row_version  integer NOT NULL DEFAULT 1,
    created_at   text COLLATE "C" NOT NULL,
    updated_at   text COLLATE "C" NOT NULL,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX working_group_commune ON working_group(commune_id, valid_from);

-- A person in a group for a period: leader, deputy or member. Linked to the officials register when they are in it;
-- the name is kept in any case (most commune officials are not in a district's register).
CREATE TABLE working_group_member (
    id           text COLLATE "C" PRIMARY KEY,
    group_id     text COLLATE "C" NOT NULL REFERENCES working_group(id),
    commune_id   text COLLATE "C" NOT NULL REFERENCES commune(id),
    official_id  text COLLATE "C" REFERENCES official(id),
    full_name    text COLLATE "C" NOT NULL,
    role         text COLLATE "C" NOT NULL CHECK (role IN ('leader', 'deputy', 'member')),
    position     text COLLATE "C",
    valid_from   text COLLATE "C" NOT NULL,
    valid_to     text COLLATE "C",
    note         text COLLATE "C",
    illustrative integer NOT NULL DEFAULT 0,
    row_version  integer NOT NULL DEFAULT 1,
    created_at   text COLLATE "C" NOT NULL,
    updated_at   text COLLATE "C" NOT NULL,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX working_group_member_group ON working_group_member(group_id, valid_from);
CREATE INDEX working_group_member_commune ON working_group_member(commune_id);
CREATE INDEX working_group_member_official ON working_group_member(official_id);

-- A village a group answers for (member_id NULL) or one member of the group answers for, for a period.
CREATE TABLE village_responsibility (
    id           text COLLATE "C" PRIMARY KEY,
    commune_id   text COLLATE "C" NOT NULL REFERENCES commune(id),
    village_id   text COLLATE "C" NOT NULL REFERENCES village(id),
    group_id     text COLLATE "C" NOT NULL REFERENCES working_group(id),
    member_id    text COLLATE "C" REFERENCES working_group_member(id),
    valid_from   text COLLATE "C" NOT NULL,
    valid_to     text COLLATE "C",
    note         text COLLATE "C",
    illustrative integer NOT NULL DEFAULT 0,
    row_version  integer NOT NULL DEFAULT 1,
    created_at   text COLLATE "C" NOT NULL,
    updated_at   text COLLATE "C" NOT NULL,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX village_responsibility_commune ON village_responsibility(commune_id);
CREATE INDEX village_responsibility_village ON village_responsibility(village_id, valid_from);
CREATE INDEX village_responsibility_group ON village_responsibility(group_id);
CREATE INDEX village_responsibility_member ON village_responsibility(member_id);

-- What a review meeting decided: what, about which criterion or village, who answers for it, by when; later closed
-- as done or not done, with the date and a note.
CREATE TABLE review_action (
    id           text COLLATE "C" PRIMARY KEY,
    commune_id   text COLLATE "C" NOT NULL REFERENCES commune(id),
    meeting_id   text COLLATE "C" NOT NULL REFERENCES review_meeting(id),
    what         text COLLATE "C" NOT NULL,
    criterion_id text COLLATE "C" REFERENCES criterion(id),
    village_id   text COLLATE "C" REFERENCES village(id),
    member_id    text COLLATE "C" REFERENCES working_group_member(id),
    responsible  text COLLATE "C" NOT NULL,
    due_on       text COLLATE "C" NOT NULL,
    outcome      text COLLATE "C" CHECK (outcome IS NULL OR outcome IN ('done', 'not_done')),
    closed_on    text COLLATE "C",
    outcome_note text COLLATE "C",
    illustrative integer NOT NULL DEFAULT 0,
    row_version  integer NOT NULL DEFAULT 1,
    created_at   text COLLATE "C" NOT NULL,
    updated_at   text COLLATE "C" NOT NULL,
    CHECK ((outcome IS NULL AND closed_on IS NULL) OR (outcome IS NOT NULL AND closed_on IS NOT NULL))
);
CREATE INDEX review_action_commune ON review_action(commune_id, due_on);
CREATE INDEX review_action_meeting ON review_action(meeting_id);
CREATE INDEX review_action_member ON review_action(member_id);
CREATE INDEX review_action_criterion ON review_action(criterion_id);

-- A village recognised as a model residential area (khu dân cư NTM kiểu mẫu, khu dân cư mẫu).
CREATE TABLE village_model_area (
    id           text COLLATE "C" PRIMARY KEY,
    commune_id   text COLLATE "C" NOT NULL REFERENCES commune(id),
    village_id   text COLLATE "C" NOT NULL REFERENCES village(id),
    decision_no  text COLLATE "C",
    decided_on   text COLLATE "C" NOT NULL,
    issuing_body text COLLATE "C",
    ended_on     text COLLATE "C",
    note         text COLLATE "C",
    illustrative integer NOT NULL DEFAULT 0,
    row_version  integer NOT NULL DEFAULT 1,
    CHECK (ended_on IS NULL OR ended_on >= decided_on)
);
CREATE INDEX village_model_area_village ON village_model_area(village_id, decided_on);
CREATE INDEX village_model_area_commune ON village_model_area(commune_id);

-- How many of a village's household gardens were recognised model gardens (vườn mẫu) on a date: a count, so the
-- number on any date is the latest count on or before it.
CREATE TABLE village_model_garden (
    id           text COLLATE "C" PRIMARY KEY,
    commune_id   text COLLATE "C" NOT NULL REFERENCES commune(id),
    village_id   text COLLATE "C" NOT NULL REFERENCES village(id),
    counted_on   text COLLATE "C" NOT NULL,
    gardens      integer NOT NULL CHECK (gardens >= 0),
    decision_no  text COLLATE "C",
    note         text COLLATE "C",
    illustrative integer NOT NULL DEFAULT 0,
    row_version  integer NOT NULL DEFAULT 1,
    UNIQUE (village_id, counted_on)
);
CREATE INDEX village_model_garden_commune ON village_model_garden(commune_id);

-- Villages merge and are renamed (the 2025 reform merged many thôn): explicit links, as for communes. commune_id is
-- the successor's commune.
CREATE TABLE village_lineage (
    id             text COLLATE "C" PRIMARY KEY,
    commune_id     text COLLATE "C" NOT NULL REFERENCES commune(id),
    predecessor_id text COLLATE "C" NOT NULL REFERENCES village(id),
    successor_id   text COLLATE "C" NOT NULL REFERENCES village(id),
    effective_on   text COLLATE "C" NOT NULL,
    kind           text COLLATE "C" NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
    act            text COLLATE "C",
    verified       integer NOT NULL DEFAULT 1,
    note           text COLLATE "C",
    row_version    integer NOT NULL DEFAULT 1,
    CHECK (predecessor_id <> successor_id)
);
CREATE INDEX village_lineage_commune ON village_lineage(commune_id);
CREATE INDEX village_lineage_pred ON village_lineage(predecessor_id);
CREATE INDEX village_lineage_succ ON village_lineage(successor_id);

-- A province's rule for how its villages feed a commune criterion (Hà Tĩnh's criterion 20: model residential areas
-- and model gardens): the measure, the threshold when known, and whether the rule was checked against its source.
-- Provincial reference data like criterion_crosswalk: it has a province, not a commune.
CREATE TABLE village_criterion_rule (
    id           text COLLATE "C" PRIMARY KEY,
    province_id  text COLLATE "C" NOT NULL REFERENCES province(id),
    criterion_id text COLLATE "C" NOT NULL REFERENCES criterion(id),
    indicator_id text COLLATE "C" REFERENCES indicator(id),
    measure      text COLLATE "C" NOT NULL CHECK (measure IN ('model_area_share', 'model_area_count', 'model_gardens')),
    threshold    double precision,
    verified     integer NOT NULL DEFAULT 0,
    source       text COLLATE "C",
    note         text COLLATE "C",
    row_version  integer NOT NULL DEFAULT 1,
    UNIQUE (province_id, criterion_id, measure)
);
