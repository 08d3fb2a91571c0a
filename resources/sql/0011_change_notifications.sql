-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 11: other users' changes reach open views (docs/server.md, "Live views"). On a server the audit
-- triggers also notify the channel ntm_changes on every commit; a file has nothing to add (the program polls
-- SQLite's data_version), and this step keeps the numbering of both backends in step.
SELECT 1;
