-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 7 for PostgreSQL: the counterpart of ../0007_reforms_and_criteria_dates.sql (rules in 0001).

CREATE TABLE reform (
    id               text COLLATE "C" PRIMARY KEY,
    code             text COLLATE "C" NOT NULL UNIQUE,
    name             text COLLATE "C" NOT NULL,
    name_en          text COLLATE "C",
    starts_on        text COLLATE "C" NOT NULL,
    ends_on          text COLLATE "C",
    act              text COLLATE "C",
    -- kept_if_all_held: a commune formed by merging communes that all held a tier keeps it, dated with the most
    -- recent of their recognitions; otherwise it must qualify again. ends: every merged commune's recognition ends.
    recognition_rule text COLLATE "C" NOT NULL CHECK (recognition_rule IN ('kept_if_all_held', 'ends')),
    rule_source      text COLLATE "C",
    rule_verified    integer NOT NULL DEFAULT 0,
    note             text COLLATE "C",
    row_version      integer NOT NULL DEFAULT 1,
    updated_at       text COLLATE "C",
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

INSERT INTO reform (id, code, name, name_en, starts_on, ends_on, act, recognition_rule, rule_source, rule_verified,
                    note)
VALUES ('d9dc8d9e-85b0-50ac-9d64-57fbb7cd23b9', 'vn-2019-2021',
        'Sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2019–2021',
        'Arrangement of district and commune units, 2019–2021', '2019-01-01', '2021-12-31',
        'Hà Tĩnh: NQ 819/NQ-UBTVQH14 (21/11/2019), hiệu lực 01/01/2020', 'kept_if_all_held', '3372/BNN-VPĐP', 1,
        'Hướng dẫn 3372/BNN-VPĐP (2020): xã hình thành sau sáp nhập từ các xã đều đã đạt chuẩn thì giữ công nhận, '
        || 'tính theo năm công nhận gần nhất; nếu có xã chưa đạt chuẩn thì xã mới phải xét công nhận lại.');

INSERT INTO reform (id, code, name, name_en, starts_on, ends_on, act, recognition_rule, rule_source, rule_verified,
                    note)
VALUES ('3d706d91-e20e-5436-b4c5-f0a830b0a2c4', 'vn-2023-2025', 'Sắp xếp đơn vị hành chính giai đoạn 2023–2025',
        'Arrangement of administrative units, 2023–2025', '2023-01-01', '2025-06-30',
        'Hà Tĩnh: NQ 1283/NQ-UBTVQH15 (14/11/2024), hiệu lực 01/01/2025', 'kept_if_all_held', NULL, 0,
        'CHƯA XÁC MINH: chưa có nguồn về công nhận NTM khi sáp nhập giai đoạn này; áp dụng mặc định quy tắc của '
        || '3372/BNN-VPĐP.');

INSERT INTO reform (id, code, name, name_en, starts_on, ends_on, act, recognition_rule, rule_source, rule_verified,
                    note)
VALUES ('5ccdadfb-4e56-5020-9634-09d3b43a8fd7', 'vn-2025-07',
        'Sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp từ 01/07/2025',
        'Reform of 1/7/2025: two-tier local government, districts abolished', '2025-07-01', '2025-07-01',
        'Hà Tĩnh: nghị quyết của UBTVQH về sắp xếp đơn vị hành chính cấp xã (số chưa xác minh)', 'kept_if_all_held',
        NULL, 0,
        'CHƯA XÁC MINH: chưa có nguồn về công nhận NTM của xã mới từ 01/07/2025; áp dụng mặc định quy tắc của '
        || '3372/BNN-VPĐP cho đến khi có văn bản.');

ALTER TABLE commune_lineage ADD COLUMN reform_id text COLLATE "C" REFERENCES reform(id);
UPDATE commune_lineage SET reform_id = 'd9dc8d9e-85b0-50ac-9d64-57fbb7cd23b9'
 WHERE effective_on >= '2019-01-01' AND effective_on <= '2021-12-31';
UPDATE commune_lineage SET reform_id = '3d706d91-e20e-5436-b4c5-f0a830b0a2c4'
 WHERE effective_on >= '2023-01-01' AND effective_on <= '2025-06-30';
UPDATE commune_lineage SET reform_id = '5ccdadfb-4e56-5020-9634-09d3b43a8fd7' WHERE effective_on = '2025-07-01';
CREATE INDEX commune_lineage_reform ON commune_lineage(reform_id);

-- Generated demo values that could be mistaken for real ones. Every recognition of a demo database carries an
-- illustrative decision number or date; its commune groups of 2026–2030 have no source.
ALTER TABLE recognition ADD COLUMN illustrative integer NOT NULL DEFAULT 0;
UPDATE recognition SET illustrative = 1 WHERE EXISTS (SELECT 1 FROM meta WHERE meta.key = 'demo');
ALTER TABLE commune_group ADD COLUMN illustrative integer NOT NULL DEFAULT 0;
ALTER TABLE commune_group ADD COLUMN note text COLLATE "C";
UPDATE commune_group SET illustrative = 1 WHERE EXISTS (SELECT 1 FROM meta WHERE meta.key = 'demo');
-- An assignment the program makes without a source (Hà Tĩnh's criterion 20 from 1/1/2015; 318 plus criterion 20
-- in place of Hà Tĩnh's own 2022–2025 set): shown as an assumption wherever the set is named.
ALTER TABLE set_assignment ADD COLUMN assumption integer NOT NULL DEFAULT 0;
-- The demo's assignment of criterion 20 from 1/1/2015 (its id is name-based: demo-assignment:ht20-491).
UPDATE set_assignment SET assumption = 1 WHERE id = '4a586e0b-cfe1-528d-8d95-246b5c528a25';

-- A set the program applies in place of one not in our sources (318/QĐ-TTg plus Hà Tĩnh's criterion 20 for
-- Hà Tĩnh's own 2022–2025 set): named as an assumption wherever it is shown.
ALTER TABLE criteria_set ADD COLUMN assumption integer NOT NULL DEFAULT 0;

-- An indicator can exist in several versions within a set, each valid for a period (NULL: open on that side).
ALTER TABLE indicator ADD COLUMN valid_from text COLLATE "C";
ALTER TABLE indicator ADD COLUMN valid_to text COLLATE "C";

-- Targets that change over time within a set, and (later) by commune group: the row that covers a date for the
-- commune's group (0: every group) wins over indicator.target and indicator_target.
CREATE TABLE indicator_target_period (
    indicator_id text COLLATE "C" NOT NULL REFERENCES indicator(id),
    group_number integer NOT NULL DEFAULT 0 CHECK (group_number BETWEEN 0 AND 3),
    valid_from   text COLLATE "C" NOT NULL,
    valid_to     text COLLATE "C",
    target       text COLLATE "C",
    verified     integer NOT NULL DEFAULT 1,
    note         text COLLATE "C",
    PRIMARY KEY (indicator_id, group_number, valid_from),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- The recognition tiers a set defines; a tier can be defined before its criteria are known (51/2025's pilot
-- tier xã NTM hiện đại, Annex II).
CREATE TABLE criteria_tier (
    id           text COLLATE "C" PRIMARY KEY,
    set_id       text COLLATE "C" NOT NULL REFERENCES criteria_set(id),
    tier         text COLLATE "C" NOT NULL CHECK (tier IN ('ntm', 'nang_cao', 'kieu_mau', 'hien_dai')),
    name         text COLLATE "C" NOT NULL,
    name_en      text COLLATE "C",
    basis        text COLLATE "C",
    has_criteria integer NOT NULL DEFAULT 1,
    verified     integer NOT NULL DEFAULT 1,
    note         text COLLATE "C",
    UNIQUE (set_id, tier)
);
