-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 4 for PostgreSQL: the counterpart of ../0004_exchange_base.sql (rules in 0001). WITHOUT ROWID is a
-- SQLite storage choice with no meaning here: a plain table with the same primary key.

CREATE TABLE exchange_base (
    table_name   text COLLATE "C" NOT NULL,
    row_id       text COLLATE "C" NOT NULL,
    content_hash text COLLATE "C" NOT NULL,
    agreed_at    text COLLATE "C" NOT NULL,
    PRIMARY KEY (table_name, row_id)
);
