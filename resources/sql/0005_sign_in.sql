-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 5: signing in. What a growing delay after failed attempts needs to survive a restart (the count of
-- failed attempts in a row and the time before which the next attempt is refused), a password an administrator
-- reset that must be changed at the next sign-in, and indexes for the audit view's filters (user, dates).
-- See docs/security.md.

ALTER TABLE app_user ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN retry_after TEXT;
ALTER TABLE app_user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN updated_at TEXT;

CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_actor ON audit_log(actor, at);
