-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 3: users with roles and scopes, and the append-only audit log.

CREATE TABLE app_user (
    id                  TEXT PRIMARY KEY,
    username            TEXT NOT NULL UNIQUE,
    full_name           TEXT,
    role                TEXT NOT NULL CHECK (role IN ('admin', 'personnel', 'commune_leader', 'reviewer')),
    scope_district_id   TEXT REFERENCES district(id),
    scope_commune_id    TEXT REFERENCES commune(id),
    password_hash       TEXT,
    password_salt       TEXT,
    password_iterations INTEGER,
    active              INTEGER NOT NULL DEFAULT 1,
    created_at          TEXT NOT NULL,
    row_version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'bulk')),
    table_name  TEXT NOT NULL,
    row_id      TEXT,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_row ON audit_log(table_name, row_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Assessments are events: a correction is a new event, never an edit.
CREATE TRIGGER assessment_no_update BEFORE UPDATE ON assessment
BEGIN
    SELECT RAISE(ABORT, 'assessments are append-only: record a new assessment instead');
END;
