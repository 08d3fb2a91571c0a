-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 5 for PostgreSQL: the counterpart of ../0005_sign_in.sql (rules in 0001).

ALTER TABLE app_user ADD COLUMN failed_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN retry_after text COLLATE "C";
ALTER TABLE app_user ADD COLUMN must_change_password integer NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN updated_at text COLLATE "C";

CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_actor ON audit_log(actor, at);
