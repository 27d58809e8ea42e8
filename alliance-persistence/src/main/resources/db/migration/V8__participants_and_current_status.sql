-- Issue 7: the read models the portal's pages stand on.

-- 1. Who takes part in each item, as a view with the rule of eu.lac.alliance.domain.actionitem.Participants
-- (ParticipantsViewTest checks the two agree on every item): countries named on the item or an item above
-- it; countries on the co-lead line of its policy area in its dialogue; member countries that joined it, or
-- an item above it, while open to every member. One row per item, country and basis.
create view item_participant as
with recursive lineage (action_item_id, ancestor_id) as (
    select id, id from action_item
    union all
    select l.action_item_id, a.parent_id
    from lineage l
    join action_item a on a.id = l.ancestor_id
    where a.parent_id is not null
)
select l.action_item_id, p.country_code, 'NAMED'::varchar(16) as basis
from lineage l
join participation p on p.action_item_id = l.ancestor_id
where p.country_code is not null
union
select i.id, c.country_code, 'CO_LEAD_LINE'
from action_item i
join co_lead c on c.dialogue_id = i.dialogue_id and c.policy_area_id = i.policy_area_id
where c.country_code is not null
union
select l.action_item_id, j.country_code, 'JOINED'
from lineage l
join action_item a on a.id = l.ancestor_id and a.openness = 'OPEN_TO_MEMBERS'
join action_item_joining j on j.action_item_id = a.id;

-- 2. Each item's and country's current status: the latest validated update (by the day it refers to,
-- then by submission), kept in the same transaction as each validation, so that pages never recompute
-- it from the log. No row: no validated report yet ("No report", never 0 %).
create table item_country_status (
    action_item_id     bigint      not null references action_item (id) on delete cascade,
    country_code       varchar(2)  not null references country (code),
    status             varchar(16) not null check (status in ('NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE', 'WITHDRAWN')),
    as_of              date        not null,
    progress_update_id bigint      not null references progress_update (id),
    validated_at       timestamptz not null,
    primary key (action_item_id, country_code)
);
create index item_country_status_country_idx on item_country_status (country_code);
create index item_country_status_update_idx on item_country_status (progress_update_id);

-- 3. Each item's rolled-up progress (eu.lac.alliance.domain.progress.ProgressRollup over its countries or
-- sub-items), kept with item_country_status for the item and every item above it. No row: no report.
create table item_progress (
    action_item_id bigint      primary key references action_item (id) on delete cascade,
    status         varchar(16) not null check (status in ('NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE', 'WITHDRAWN')),
    percent        integer     not null check (percent between 0 and 100),
    reported_units integer     not null check (reported_units >= 0),
    units          integer     not null check (units >= reported_units),
    updated_at     timestamptz not null default now()
);
