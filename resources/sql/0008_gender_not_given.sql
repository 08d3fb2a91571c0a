-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 7: an official's gender may be "not given" (issue 19). A register sheet without a gender column used
-- to record every official as male; now the gender is recorded as not given until someone enters it.
--
-- A CHECK constraint cannot be altered in place in SQLite, so the column is replaced: a new column with the wider
-- CHECK, filled from the old one, which is then dropped, and renamed. Plain SQL that SQLite (3.35 and later: DROP
-- COLUMN) and PostgreSQL both run; the new column's CHECK goes with it, the old one's with the old column.
ALTER TABLE official ADD COLUMN gender_given TEXT NOT NULL DEFAULT 'not_given'
    CHECK (gender_given IN ('male', 'female', 'not_given'));
UPDATE official SET gender_given = gender;
ALTER TABLE official DROP COLUMN gender;
ALTER TABLE official RENAME COLUMN gender_given TO gender;
