-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 6 for PostgreSQL: the counterpart of ../0006_scale_indexes.sql (rules in 0001): the status in the
-- index too, so that counting criteria met is answered by an index-only scan.

DROP INDEX assessment_latest;
CREATE INDEX assessment_latest ON assessment(commune_id, family, criterion_number, assessed_on, seq, status);
