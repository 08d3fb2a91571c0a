-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 11: other users' changes reach open views within a couple of seconds (docs/server.md, "Live views").
-- The audit triggers, which run for every change from any client, also notify the channel ntm_changes with the
-- table's name; the program LISTENs to it (core/db/ChangeWatcher) and leaves out its own session's commits.

CREATE OR REPLACE FUNCTION ntm_audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    who text := ntm_audit_actor();
    stamp text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    keys text[] := TG_ARGV;
    masked boolean := TG_TABLE_NAME = 'app_user';
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO audit_log (at, actor, action, table_name, row_id, before_json, after_json, login)
        SELECT stamp, who, 'insert', TG_TABLE_NAME, ntm_audit_key(r, keys), NULL, ntm_audit_json(r, masked),
               session_user
          FROM (SELECT row_to_json(n) AS r FROM new_rows n) x;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO audit_log (at, actor, action, table_name, row_id, before_json, after_json, login)
        SELECT stamp, who, 'delete', TG_TABLE_NAME, ntm_audit_key(r, keys), ntm_audit_json(r, masked), NULL,
               session_user
          FROM (SELECT row_to_json(o) AS r FROM old_rows o) x;
    ELSE
        INSERT INTO audit_log (at, actor, action, table_name, row_id, before_json, after_json, login)
        SELECT stamp, who, 'update', TG_TABLE_NAME, coalesce(a.k, b.k), ntm_audit_json(b.r, masked),
               ntm_audit_json(a.r, masked), session_user
          FROM (SELECT ntm_audit_key(row_to_json(o), keys) AS k, row_to_json(o) AS r FROM old_rows o) b
          FULL JOIN (SELECT ntm_audit_key(row_to_json(n), keys) AS k, row_to_json(n) AS r FROM new_rows n) a
            ON a.k = b.k;
    END IF;
    -- Delivered when the transaction commits, once per table however many rows changed; nothing on a rollback.
    PERFORM pg_notify('ntm_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;
