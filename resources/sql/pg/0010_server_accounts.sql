-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 10 for PostgreSQL: the counterpart of ../0010_server_accounts.sql (rules in 0001), and the server's own
-- enforcement of docs/security.md's roles and scopes (docs/server.md, "Accounts: what the server enforces").
--
-- * Four group roles per database, one per kind of account: DATABASE_admin, DATABASE_officer, DATABASE_commune,
--   DATABASE_reviewer (ntm_group_role(kind) names them). Each account is a login role DATABASE.NAME (SCRAM-SHA-256),
--   member of its kind's group; app_user.login names it, and app_user holds its role and scope. The program and the
--   policies read the same row: the policies find the account by session_user (the login), never by anything a
--   client can set.
-- * Grants give each group what its kind may change at all; row-level security narrows it to the account's scope
--   (ntm_may_* below mirror src/core/access/AccessPolicy and AccessGuard::rotationPlace). A login without an active
--   account row reads and writes nothing. The database owner (and a superuser) is not subject to row-level security.
-- * Statement-level triggers with transition tables write the audit trail: one set-based INSERT per statement, a
--   row per changed row, naming the login role. Only the owner can switch them off (DatabaseCopier does, inside the
--   copy's transaction, for the copy's one bulk entry).
-- A later migration that adds a table calls ntm_protect_table() for it (docs/server.md, "Migrations").

ALTER TABLE app_user ADD COLUMN login text COLLATE "C";
CREATE UNIQUE INDEX app_user_login ON app_user(login);

ALTER TABLE audit_log ADD COLUMN login text COLLATE "C";

DO $$
DECLARE
    me record;
    prefix text := left(current_database(), 40);
    kind text;
    existing record;
BEGIN
    SELECT rolsuper, rolcreaterole INTO me FROM pg_roles WHERE rolname = current_user;
    IF NOT (me.rolsuper OR me.rolcreaterole) THEN
        RAISE EXCEPTION 'the role % needs CREATEROLE to make the group and login roles of the accounts: a superuser runs ALTER ROLE % CREATEROLE, then this command again', current_user, current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    FOREACH kind IN ARRAY ARRAY['admin', 'officer', 'commune', 'reviewer'] LOOP
        SELECT rolname, rolcanlogin, rolsuper INTO existing FROM pg_roles WHERE rolname = prefix || '_' || kind;
        IF NOT FOUND THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', prefix || '_' || kind);
        ELSIF existing.rolcanlogin OR existing.rolsuper THEN
            RAISE EXCEPTION 'a role named % already exists on this server and can log in; it cannot be the group of NTM Tracker''s accounts', existing.rolname;
        END IF;
        EXECUTE format('COMMENT ON ROLE %I IS %L', prefix || '_' || kind,
                       'NTM Tracker: the ' || kind || ' accounts of database ' || current_database());
    END LOOP;
    EXECUTE format($f$CREATE FUNCTION ntm_group_role(p_kind text) RETURNS text LANGUAGE sql IMMUTABLE AS $b$
                       SELECT CASE p_kind WHEN 'admin' THEN %L WHEN 'personnel' THEN %L WHEN 'commune_leader' THEN %L
                                        WHEN 'reviewer' THEN %L END $b$ $f$,
                   prefix || '_admin', prefix || '_officer', prefix || '_commune', prefix || '_reviewer');
END;
$$;
COMMENT ON FUNCTION ntm_group_role(text) IS 'NTM Tracker: the group role of a kind of account (app_user.role)';

-- The account of the session's login: its role and scope, or nothing (no account, or a disabled one).
CREATE FUNCTION ntm_my_account(OUT role text, OUT district_id text, OUT commune_id text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT role, scope_district_id, scope_commune_id FROM app_user WHERE login = session_user AND active = 1
$$;

CREATE FUNCTION ntm_may_read() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM app_user WHERE login = session_user AND active = 1)
$$;

CREATE FUNCTION ntm_is_admin() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM app_user WHERE login = session_user AND active = 1 AND role = 'admin')
$$;

-- The session's login is the tables' owner (or a superuser): it administers the database without an account.
CREATE FUNCTION ntm_is_owner() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'app_user'::regclass), 'MEMBER')
$$;

-- Any account that may write something (the exchange packages' bookkeeping, exchange_base).
CREATE FUNCTION ntm_may_write_some() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM app_user WHERE login = session_user AND active = 1
                      AND (role = 'admin' OR (role = 'personnel' AND scope_district_id IS NOT NULL)
                           OR (role = 'commune_leader' AND scope_commune_id IS NOT NULL)))
$$;

-- The district of a personnel officer's account, the commune of a commune leader's (NULL for anyone else).
CREATE FUNCTION ntm_my_district() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT scope_district_id FROM app_user WHERE login = session_user AND active = 1 AND role = 'personnel'
$$;

CREATE FUNCTION ntm_my_commune() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT scope_commune_id FROM app_user WHERE login = session_user AND active = 1 AND role = 'commune_leader'
$$;

-- Where a rotation lies (AccessGuard::rotationPlace): the district of its commune on its start date; for a commune
-- without a district then (from 1/7/2025, when districts were abolished), the home district of its official.
CREATE FUNCTION ntm_rotation_district(p_commune text, p_start text, p_official text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT p.district_id FROM commune_period p
                      WHERE p.commune_id = p_commune AND (p.valid_from IS NULL OR p.valid_from <= p_start)
                        AND (p.valid_to IS NULL OR p_start <= p.valid_to)
                      ORDER BY coalesce(p.valid_from, '') LIMIT 1),
                    (SELECT o.home_district_id FROM official o WHERE o.id = p_official))
$$;

CREATE FUNCTION ntm_assessment_commune(p_assessment text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT commune_id FROM assessment WHERE id = p_assessment
$$;

CREATE FUNCTION ntm_meeting_commune(p_meeting text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT commune_id FROM review_meeting WHERE id = p_meeting
$$;

-- Who the audit trail names: the account of the login; for a login without an account (the database owner, the
-- program connected with one shared role) the user the program says is acting (ntm.actor, set by the program for
-- its session), else the login. audit_log.login names the login role in every case.
CREATE FUNCTION ntm_audit_actor() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT username FROM app_user WHERE login = session_user),
                    nullif(current_setting('ntm.actor', true), ''), session_user::text)
$$;

-- The audit trail of one statement, set-based: a row per changed row, the whole row before and after as JSON (the
-- password columns of app_user masked, as the program does). TG_ARGV: the columns of the row's key.
CREATE FUNCTION ntm_audit() RETURNS trigger
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
    RETURN NULL;
END;
$$;

-- (TG_ARGV counts from 0: the first key is p_keys[array_lower(p_keys, 1)].)
CREATE FUNCTION ntm_audit_key(p_row json, p_keys text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN cardinality(p_keys) = 1 THEN p_row ->> p_keys[array_lower(p_keys, 1)]
                ELSE array_to_string(ARRAY(SELECT p_row ->> k FROM unnest(p_keys) AS k), '|') END
$$;

CREATE FUNCTION ntm_audit_json(p_row json, p_masked boolean) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_row IS NULL THEN NULL
                WHEN NOT p_masked THEN p_row::text
                ELSE (SELECT '{' || string_agg(to_json(e.key)::text || ':'
                                               || CASE WHEN e.key IN ('password_hash', 'password_salt')
                                                            AND json_typeof(e.value) <> 'null'
                                                       THEN '"***"' ELSE e.value::text END, ',' ORDER BY e.n) || '}'
                        FROM json_each(p_row) WITH ORDINALITY AS e(key, value, n)) END
$$;

-- Grants, row-level security and the audit triggers of one table. `writers`: the kinds of accounts besides
-- administrators whose groups may write it ('officer', 'commune'); `allowed`: the SQL condition a row must meet,
-- before and after a change, for the session's account to change it.
CREATE FUNCTION ntm_protect_table(t text, writers text[], allowed text) RETURNS void
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    keys text[];
    w text;
BEGIN
    EXECUTE format('GRANT SELECT ON %I TO %I, %I, %I, %I', t, ntm_group_role('admin'), ntm_group_role('personnel'),
                   ntm_group_role('commune_leader'), ntm_group_role('reviewer'));
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t, ntm_group_role('admin'));
    FOREACH w IN ARRAY writers LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t,
                       ntm_group_role(CASE w WHEN 'officer' THEN 'personnel' ELSE 'commune_leader' END));
    END LOOP;
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY ntm_read ON %I FOR SELECT USING ((SELECT ntm_may_read()))', t);
    EXECUTE format('CREATE POLICY ntm_insert ON %I FOR INSERT WITH CHECK (%s)', t, allowed);
    EXECUTE format('CREATE POLICY ntm_update ON %I FOR UPDATE USING (%s) WITH CHECK (%s)', t, allowed, allowed);
    EXECUTE format('CREATE POLICY ntm_delete ON %I FOR DELETE USING (%s)', t, allowed);
    SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = t::regclass AND attname = 'id'
                                                          AND NOT attisdropped)
                THEN ARRAY['id']
                ELSE ARRAY(SELECT a.attname::text FROM pg_index i
                             CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                            WHERE i.indrelid = t::regclass AND i.indisprimary ORDER BY k.ord) END
      INTO keys;
    EXECUTE format('CREATE TRIGGER ntm_audit_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION ntm_audit(%s)', t,
                   (SELECT string_agg(quote_literal(k), ', ') FROM unnest(keys) AS k));
    EXECUTE format('CREATE TRIGGER ntm_audit_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows '
                   'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ntm_audit(%s)', t,
                   (SELECT string_agg(quote_literal(k), ', ') FROM unnest(keys) AS k));
    EXECUTE format('CREATE TRIGGER ntm_audit_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION ntm_audit(%s)', t,
                   (SELECT string_agg(quote_literal(k), ', ') FROM unnest(keys) AS k));
END;
$$;
REVOKE EXECUTE ON FUNCTION ntm_protect_table(text, text[], text) FROM PUBLIC;

-- The conditions read the account once per statement ((SELECT ...) is evaluated once), and per row only what lies
-- in the row.
-- Reference data and provincial decisions: administrators only.
SELECT ntm_protect_table(t, ARRAY[]::text[], '(SELECT ntm_is_admin())')
  FROM unnest(ARRAY['meta', 'province', 'district', 'district_lineage', 'commune', 'commune_period',
                    'commune_lineage', 'recognition', 'criteria_set', 'commune_group_def', 'criterion', 'indicator',
                    'indicator_target', 'set_assignment', 'commune_group', 'criterion_crosswalk', 'app_user', 'reform',
                    'indicator_target_period', 'criteria_tier', 'village_criterion_rule']) AS t;
-- A district's officials and rotations.
SELECT ntm_protect_table('official', ARRAY['officer'],
                         '(SELECT ntm_is_admin()) OR home_district_id = (SELECT ntm_my_district())');
SELECT ntm_protect_table('rotation', ARRAY['officer'],
                         '(SELECT ntm_is_admin()) OR ntm_rotation_district(commune_id, start_date, official_id) = '
                         '(SELECT ntm_my_district())');
-- A commune's records.
SELECT ntm_protect_table(t, ARRAY['commune'], '(SELECT ntm_is_admin()) OR commune_id = (SELECT ntm_my_commune())')
  FROM unnest(ARRAY['assessment', 'review_meeting', 'criterion_plan', 'village', 'working_group',
                    'working_group_member', 'village_responsibility', 'review_action', 'village_model_area',
                    'village_model_garden', 'village_lineage']) AS t;
SELECT ntm_protect_table('indicator_value', ARRAY['commune'],
                         '(SELECT ntm_is_admin()) OR ntm_assessment_commune(assessment_id) = (SELECT ntm_my_commune())');
SELECT ntm_protect_table('review_meeting_criterion', ARRAY['commune'],
                         '(SELECT ntm_is_admin()) OR ntm_meeting_commune(meeting_id) = (SELECT ntm_my_commune())');
-- The exchange packages' bookkeeping (what was agreed with another office): whoever may import a package.
SELECT ntm_protect_table('exchange_base', ARRAY['officer', 'commune'], '(SELECT ntm_may_write_some())');

-- Everyone changes their own password (AccountService::changePassword): the password columns of their own row only.
DO $$
BEGIN
    EXECUTE format('GRANT UPDATE (password_hash, password_salt, password_iterations, must_change_password, '
                   'failed_attempts, retry_after, row_version, updated_at) ON app_user TO %I, %I, %I',
                   ntm_group_role('personnel'), ntm_group_role('commune_leader'), ntm_group_role('reviewer'));
END;
$$;
CREATE POLICY ntm_own_password ON app_user FOR UPDATE USING (login = session_user AND active = 1)
    WITH CHECK (login = session_user AND active = 1);

-- The audit trail: everyone with an account reads it; nobody writes it but the triggers (and the owner's copy).
DO $$
BEGIN
    EXECUTE format('GRANT SELECT ON audit_log, ntm_schema_migration TO %I, %I, %I, %I', ntm_group_role('admin'),
                   ntm_group_role('personnel'), ntm_group_role('commune_leader'), ntm_group_role('reviewer'));
END;
$$;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY ntm_read ON audit_log FOR SELECT USING ((SELECT ntm_may_read()));

-- The login roles of the accounts. A login role is created by ntm_login_create() once its account row exists;
-- from then on every change of the row (role, active, deleted) is carried over to the login role by a trigger, so
-- the program, psql and the policies never disagree. Only roles of this database's accounts are touched: named
-- DATABASE.USERNAME, neither superuser nor able to create roles nor the owner of the tables.
CREATE FUNCTION ntm_login_managed(p_login text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r JOIN app_user u ON u.login = r.rolname
                    WHERE r.rolname = p_login AND u.login = current_database() || '.' || u.username
                      AND NOT r.rolsuper AND NOT r.rolcreaterole
                      AND r.oid <> (SELECT relowner FROM pg_class WHERE oid = 'app_user'::regclass))
$$;

CREATE FUNCTION ntm_login_sync(p_login text, p_role text, p_active boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    kind text;
BEGIN
    IF p_login IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RETURN;
    END IF;
    IF NOT ntm_login_managed(p_login) THEN
        RETURN;
    END IF;
    FOREACH kind IN ARRAY ARRAY['admin', 'personnel', 'commune_leader', 'reviewer'] LOOP
        IF p_active AND kind = p_role THEN
            EXECUTE format('GRANT %I TO %I', ntm_group_role(kind), p_login);
        ELSIF pg_has_role(p_login, ntm_group_role(kind), 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', ntm_group_role(kind), p_login);
        END IF;
    END LOOP;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
END;
$$;
REVOKE EXECUTE ON FUNCTION ntm_login_sync(text, text, boolean) FROM PUBLIC;

CREATE FUNCTION ntm_app_user_login() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.login IS NOT NULL AND NEW.login IS DISTINCT FROM OLD.login THEN
        RAISE EXCEPTION 'the login role of an account cannot be changed' USING ERRCODE = 'restrict_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM ntm_login_sync(OLD.login, OLD.role, false);
        RETURN OLD;
    END IF;
    PERFORM ntm_login_sync(NEW.login, NEW.role, NEW.active = 1);
    RETURN NEW;
END;
$$;
CREATE TRIGGER app_user_login AFTER INSERT OR UPDATE OR DELETE ON app_user
    FOR EACH ROW EXECUTE FUNCTION ntm_app_user_login();

-- Creates the login role of an account whose row already names it (app_user.login), with a password the client
-- encrypted (a SCRAM-SHA-256 verifier: the password itself never reaches the server). Administrators, the owner.
CREATE FUNCTION ntm_login_create(p_login text, p_verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    account record;
BEGIN
    IF NOT (ntm_is_admin() OR ntm_is_owner()) THEN
        RAISE EXCEPTION 'only an administrator creates accounts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'the password must come encrypted (SCRAM-SHA-256)';
    END IF;
    SELECT * INTO account FROM app_user WHERE login = p_login;
    IF NOT FOUND OR p_login <> current_database() || '.' || account.username THEN
        RAISE EXCEPTION 'no account of this database has the login %', p_login;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
    ELSIF (SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = p_login)
          = 'NTM Tracker: account ' || account.username || ' of database ' || current_database()
          AND ntm_login_managed(p_login) THEN
        -- The login role of an account of a former database of this name (dropped and made again): taken over.
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
    ELSE
        RAISE EXCEPTION 'a role named % already exists on this server (drop it, or choose another user name)', p_login
            USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('COMMENT ON ROLE %I IS %L', p_login, 'NTM Tracker: account ' || account.username
                   || ' of database ' || current_database());
    PERFORM ntm_login_sync(p_login, account.role, account.active = 1);
END;
$$;
REVOKE EXECUTE ON FUNCTION ntm_login_create(text, text) FROM PUBLIC;

-- A new password for a login role: its own, or any account's for an administrator.
CREATE FUNCTION ntm_login_password(p_login text, p_verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT (p_login = session_user OR ntm_is_admin() OR ntm_is_owner()) THEN
        RAISE EXCEPTION 'only an administrator sets another account''s password' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'the password must come encrypted (SCRAM-SHA-256)';
    END IF;
    IF NOT ntm_login_managed(p_login) THEN
        RAISE EXCEPTION 'no account of this database has the login %', p_login;
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
END;
$$;
REVOKE EXECUTE ON FUNCTION ntm_login_password(text, text) FROM PUBLIC;

-- Copying a whole database into this one (ntm-cli copy, the owner only: ALTER TABLE needs ownership) switches the
-- triggers off inside its own transaction and records one entry instead; nobody else can.
CREATE FUNCTION ntm_audit_triggers(enabled boolean) RETURNS void
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT DISTINCT c.relname, g.tgname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
              WHERE g.tgname IN ('ntm_audit_insert', 'ntm_audit_update', 'ntm_audit_delete', 'app_user_login')
                AND c.relnamespace = 'public'::regnamespace LOOP
        EXECUTE format('ALTER TABLE %I %s TRIGGER %I', t.relname, CASE WHEN enabled THEN 'ENABLE' ELSE 'DISABLE' END,
                       t.tgname);
    END LOOP;
END;
$$;

DO $$
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION ntm_login_create(text, text) TO %I', ntm_group_role('admin'));
    EXECUTE format('GRANT EXECUTE ON FUNCTION ntm_login_password(text, text) TO %I, %I, %I, %I',
                   ntm_group_role('admin'), ntm_group_role('personnel'), ntm_group_role('commune_leader'),
                   ntm_group_role('reviewer'));
END;
$$;
