-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 8 for PostgreSQL: the counterpart of ../0008_gender_not_given.sql (rules in 0001).

ALTER TABLE official ADD COLUMN gender_given text COLLATE "C" NOT NULL DEFAULT 'not_given'
    CHECK (gender_given IN ('male', 'female', 'not_given'));
UPDATE official SET gender_given = gender;
ALTER TABLE official DROP COLUMN gender;
ALTER TABLE official RENAME COLUMN gender_given TO gender;
