-- A preview's dry run (ImportRuns.dryRun) writes a whole document in one transaction that is always rolled
-- back, and nothing it shows reads item_participant. V12's refresh of that table, run after every statement
-- that writes an item or a participation, walks the touched items and everything below them: for a 5 MB
-- document (about 5,800 items and 20,000 participations, one statement each, all in one dialogue) that made
-- the preview quadratic, and it did not finish in 25 minutes. The dry run notes itself in a transaction-local
-- setting, and the refresh does nothing while it is set; an import that commits refreshes as before.
create or replace function refresh_item_participants(changed bigint[]) returns void language plpgsql as $$
declare
    affected bigint[];
begin
    if current_setting('alliance.dry_run', true) = 'on' then
        return;
    end if;
    if changed is null or cardinality(changed) = 0 then
        return;
    end if;
    with recursive below (id) as (
        select distinct unnest(changed)
        union
        select a.id from action_item a join below b on a.parent_id = b.id
    )
    select array_agg(id) into affected from below;

    with wanted as materialized (
        select * from item_participants_of(affected)
    ), gone as (
        delete from item_participant t
        where t.action_item_id in (select unnest(affected))
          and not exists (select 1 from wanted w
                          where w.action_item_id = t.action_item_id and w.country_code = t.country_code
                            and w.basis = t.basis)
    )
    insert into item_participant
    select w.action_item_id, w.country_code, w.basis from wanted w
    on conflict do nothing;
end;
$$;
