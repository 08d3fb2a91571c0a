-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 10: accounts that are PostgreSQL login roles on a server (docs/server.md, "Accounts").
-- app_user.login names the server's login role of an account (NULL on a file, and for accounts that sign in to the
-- program only); audit_log.login names the login role that made a change on a server (NULL on a file). On a file
-- both stay empty: the file's own accounts sign in to the program as before. The PostgreSQL counterpart also makes
-- the server enforce roles and scopes (grants, row-level security) and write the audit trail with triggers.

ALTER TABLE app_user ADD COLUMN login TEXT;
CREATE UNIQUE INDEX app_user_login ON app_user(login);

ALTER TABLE audit_log ADD COLUMN login TEXT;
