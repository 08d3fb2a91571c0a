-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 4: the version of each record this database last agreed on with an exchange package.
-- The package importer keeps it to tell "changed in the package" from "changed in both places" (a conflict);
-- see docs/exchange-format.md, "New, changed, unchanged, conflict". Bookkeeping only: not exchanged, not audited.
-- Only mutable records have a row here (assessments are append-only events and never change).

CREATE TABLE exchange_base (
    table_name   TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    agreed_at    TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;
