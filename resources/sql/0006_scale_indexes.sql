-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 6: indexes for a national database (issue 7, docs/performance.md).
--
-- "The status of criterion n of commune c as of date D" is one step down assessment_latest, read backwards from D.
-- With the status in the index too, counting criteria met (stats, the communes overview) never reads the table:
-- the index answers alone. Same columns first, so every query that used the old index uses this one.
DROP INDEX assessment_latest;
CREATE INDEX assessment_latest ON assessment(commune_id, family, criterion_number, assessed_on, seq, status);
