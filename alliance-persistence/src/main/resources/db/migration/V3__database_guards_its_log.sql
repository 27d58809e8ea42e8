-- The database guards its own log, whatever code connects to it.
-- Runs as the schema owner; ${app_role} is the role the application's connection pool uses
-- (placeholder spring.flyway.placeholders.app_role, see alliance-persistence.properties).

do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${app_role}') then
        raise exception 'the application role "%" does not exist: create it before the first migration '
            '(README, "Database roles")', '${app_role}';
    end if;
end;
$$;

-- 1. Rights. The application reads and writes rows; it never changes the schema and never
-- truncates. Default privileges extend the same rights to every table and sequence that later
-- migrations (run by this same owner) create, so no migration has to remember a grant; a table
-- that must only grow takes them back with guard_as_append_only below.
revoke create on schema public from public;
grant usage on schema public to ${app_role};
grant select, insert, update, delete on all tables in schema public to ${app_role};
grant usage on all sequences in schema public to ${app_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage on sequences to ${app_role};
-- Flyway's own history is the owner's: the application may read which migrations ran, nothing more.
revoke insert, update, delete, truncate on table "${flyway:table}" from ${app_role};

-- 2. Append-only logs: one trigger function, attached by one call per table. Row-level for UPDATE
-- and DELETE, statement-level for TRUNCATE (which fires no row triggers). The triggers hold for
-- every role including the owner; the revoked rights are a second, independent wall.
drop trigger progress_update_append_only on progress_update;
drop function progress_update_is_append_only();

create function refuse_change_to_append_only_log() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op
        using hint = 'a correction is a new entry, never an edit';
end;
$$;

-- Usage in a migration: call guard_as_append_only('audit_event');
create procedure guard_as_append_only(log regclass) language plpgsql as $$
declare
    table_name text := (select relname from pg_class where oid = log);
    holder     text;
begin
    execute format('create trigger %I before update or delete on %s for each row '
                   'execute function refuse_change_to_append_only_log()', table_name || '_append_only', log);
    execute format('create trigger %I before truncate on %s for each statement '
                   'execute function refuse_change_to_append_only_log()', table_name || '_append_only_truncate', log);
    for holder in
        select distinct case when a.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(a.grantee)) end
        from pg_class c, aclexplode(c.relacl) a
        where c.oid = log and a.grantee <> c.relowner and a.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
    loop
        execute format('revoke update, delete, truncate on %s from %s', log, holder);
    end loop;
end;
$$;
revoke execute on procedure guard_as_append_only(regclass) from public;

call guard_as_append_only('progress_update');
call guard_as_append_only('progress_review');

-- 3. At most one decision per update: a returned update is corrected by a new update, which gets
-- its own review.
alter table progress_review
    add constraint progress_review_one_decision_per_update unique (progress_update_id);

-- 4. Times set by the database. The default serves callers that leave the column out; the trigger
-- overrides any value a caller sends, so no client clock (or forged time) reaches the log.
-- Usage: create trigger ... before insert on T for each row execute function stamp_with_database_time('column');
create function stamp_with_database_time() returns trigger language plpgsql as $$
begin
    new := jsonb_populate_record(new, jsonb_build_object(tg_argv[0], now()));
    return new;
end;
$$;

alter table progress_update alter column submitted_at set default now();
create trigger progress_update_submitted_at before insert on progress_update
    for each row execute function stamp_with_database_time('submitted_at');

alter table progress_review alter column reviewed_at set default now();
create trigger progress_review_reviewed_at before insert on progress_review
    for each row execute function stamp_with_database_time('reviewed_at');

-- With the submission time the database's own, it can also refuse progress reported for a future
-- day (one day of slack for reporters whose calendar is ahead of UTC, as ProgressUpdate allows).
alter table progress_update
    add constraint progress_update_not_for_a_future_day
    check (as_of <= (submitted_at at time zone 'UTC')::date + 1);
