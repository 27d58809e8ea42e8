-- Issue 7, performance: V8's view item_participant computed every item's lineage on each read (about 190 ms on
-- 50 times the seeds, for the dashboard and for each item page alike). The rule stays in one place, the function
-- item_participants_of below, and its rows are now kept in a table of the same name. Triggers on every table the
-- rule reads refresh the rows of the items a statement touched and of the items below them, in the same
-- transaction, so that whatever writes (the importer, hand corrections, joins, the data generator, a test's SQL)
-- the table always equals the rule. ParticipantsViewTest checks it against the domain's Participants.

-- 1. The rule (V8's view), for the given items: named on the item or an item above it; on the co-lead line of
--    its policy area in its dialogue; a member that joined it, or an item above it, while open to every member.
create function item_participants_of(items bigint[])
    returns table (action_item_id bigint, country_code varchar(2), basis varchar(16))
    language sql stable as $$
with recursive lineage (action_item_id, ancestor_id) as (
    select a.id, a.id from action_item a where a.id in (select unnest(items))
    union all
    select l.action_item_id, a.parent_id
    from lineage l
    join action_item a on a.id = l.ancestor_id
    where a.parent_id is not null
)
select l.action_item_id, p.country_code, 'NAMED'::varchar(16)
from lineage l
join participation p on p.action_item_id = l.ancestor_id
where p.country_code is not null
union
select i.id, c.country_code, 'CO_LEAD_LINE'
from action_item i
join co_lead c on c.dialogue_id = i.dialogue_id and c.policy_area_id = i.policy_area_id
where c.country_code is not null and i.id in (select unnest(items))
union
select l.action_item_id, j.country_code, 'JOINED'
from lineage l
join action_item a on a.id = l.ancestor_id and a.openness = 'OPEN_TO_MEMBERS'
join action_item_joining j on j.action_item_id = a.id
$$;

drop view item_participant;

create table item_participant (
    action_item_id bigint      not null references action_item (id) on delete cascade,
    country_code   varchar(2)  not null references country (code),
    basis          varchar(16) not null check (basis in ('NAMED', 'CO_LEAD_LINE', 'JOINED')),
    primary key (action_item_id, country_code, basis)
);
create index item_participant_country_idx on item_participant (country_code, action_item_id);

insert into item_participant select * from item_participants_of(array(select id from action_item));

-- 2. Refreshing the rows of the changed items and of every item below them (a participation on a parent, a
--    joining of an open parent reach its sub-items), writing only the difference.
create function refresh_item_participants(changed bigint[]) returns void language plpgsql as $$
declare
    affected bigint[];
begin
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

-- 3. The triggers: one function per table the rule reads, told by the statement's transition tables which
--    items it touched. PostgreSQL allows transition tables on one event per trigger, hence three per table.
create function item_participants_after_participation() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform refresh_item_participants(array(select distinct action_item_id from new_rows));
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        perform refresh_item_participants(array(select distinct action_item_id from old_rows));
    end if;
    return null;
end;
$$;

create trigger item_participant_on_participation_insert after insert on participation
    referencing new table as new_rows for each statement execute function item_participants_after_participation();
create trigger item_participant_on_participation_update after update on participation
    referencing old table as old_rows new table as new_rows
    for each statement execute function item_participants_after_participation();
create trigger item_participant_on_participation_delete after delete on participation
    referencing old table as old_rows for each statement execute function item_participants_after_participation();

create trigger item_participant_on_joining_insert after insert on action_item_joining
    referencing new table as new_rows for each statement execute function item_participants_after_participation();
create trigger item_participant_on_joining_update after update on action_item_joining
    referencing old table as old_rows new table as new_rows
    for each statement execute function item_participants_after_participation();
create trigger item_participant_on_joining_delete after delete on action_item_joining
    referencing old table as old_rows for each statement execute function item_participants_after_participation();

create function item_participants_after_co_lead() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform refresh_item_participants(array(
            select i.id from action_item i join new_rows c
              on c.dialogue_id = i.dialogue_id and c.policy_area_id = i.policy_area_id));
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        perform refresh_item_participants(array(
            select i.id from action_item i join old_rows c
              on c.dialogue_id = i.dialogue_id and c.policy_area_id = i.policy_area_id));
    end if;
    return null;
end;
$$;

create trigger item_participant_on_co_lead_insert after insert on co_lead
    referencing new table as new_rows for each statement execute function item_participants_after_co_lead();
create trigger item_participant_on_co_lead_update after update on co_lead
    referencing old table as old_rows new table as new_rows
    for each statement execute function item_participants_after_co_lead();
create trigger item_participant_on_co_lead_delete after delete on co_lead
    referencing old table as old_rows for each statement execute function item_participants_after_co_lead();

-- An item's own row decides its co-lead line (dialogue, policy area), its lineage (parent) and whether joinings
-- count (openness); a deleted item's rows go with it (on delete cascade).
create function item_participants_after_action_item() returns trigger language plpgsql as $$
begin
    perform refresh_item_participants(array(select id from new_rows));
    return null;
end;
$$;

create trigger item_participant_on_action_item_insert after insert on action_item
    referencing new table as new_rows for each statement execute function item_participants_after_action_item();
create trigger item_participant_on_action_item_update after update on action_item
    referencing new table as new_rows for each statement execute function item_participants_after_action_item();

-- 4. A version of the data the dashboard's figures stand on, raised by every statement that changes it, so that
--    the portal can keep figures computed once until something changes (eu.lac.alliance.web.dashboard). It is
--    one row, updated in the writer's transaction: a reader sees the new version exactly when it sees the data.
create table data_version (
    only_row boolean primary key default true check (only_row),
    version  bigint  not null
);
insert into data_version values (true, 1);

create function raise_data_version() returns trigger language plpgsql as $$
begin
    update data_version set version = version + 1;
    return null;
end;
$$;

do $$
declare
    watched text;
begin
    foreach watched in array array['action_item', 'action_item_deadline', 'participation', 'co_lead',
                                   'action_item_joining', 'item_country_status', 'item_progress', 'dialogue',
                                   'policy_area', 'country', 'alliance_membership', 'progress_update',
                                   'progress_review']
    loop
        execute format('create trigger %I after insert or update or delete on %I '
                       'for each statement execute function raise_data_version()',
                       watched || '_raises_data_version', watched);
    end loop;
end;
$$;
