-- Indexes for the pages that come next, and one index per foreign key, so that neither a page nor a
-- delete of a referenced row ever scans a whole table. ForeignKeyIndexTest fails when a migration
-- adds a foreign key without one.

-- The latest update of an item for a country as of a day, with its tie-break (as_of desc,
-- submitted_at desc, id desc): one index scan per item and country. It supersedes the index on
-- (action_item_id, country_code, as_of desc) of V1.
create index progress_update_latest_idx
    on progress_update (action_item_id, country_code, as_of desc, submitted_at desc, id desc);
drop index progress_update_item_country_idx;

-- A country's updates by date (a focal point's history; also covers the foreign key to country).
create index progress_update_country_idx on progress_update (country_code, as_of desc, submitted_at desc, id desc);

-- The latest review of an update: there is at most one (V3's unique constraint), and its index is
-- the lookup, so V1's (progress_update_id, reviewed_at desc) index only costs writes.
drop index progress_review_update_idx;

-- Items by dialogue and by policy area (a dialogue's page lists its items area by area).
create index action_item_dialogue_area_idx on action_item (dialogue_id, policy_area_id, code);

-- Organisations where they take part.
create index participation_organisation_idx on participation (organisation_id);
create index participation_agency_organisation_idx on participation_agency (organisation_id);
create index co_lead_organisation_idx on co_lead (organisation_id);
create index dialogue_co_chair_organisation_idx on dialogue_co_chair (organisation_id);
create index organisation_group_member_organisation_idx on organisation_group_member (organisation_id);

-- Links between items, objectives and policy areas.
create index action_item_objective_idx on action_item (objective_id);
create index objective_parent_idx on objective (parent_id);
create index objective_policy_area_idx on objective (policy_area_id);
create index challenge_policy_area_idx on challenge (policy_area_id);
create index co_lead_policy_area_idx on co_lead (policy_area_id);

-- Where each record came from.
create index organisation_group_source_idx on organisation_group (source_document_id);
create index objective_source_idx on objective (source_document_id);
create index challenge_source_idx on challenge (source_document_id);
create index co_lead_source_idx on co_lead (source_document_id);
create index action_item_source_idx on action_item (source_document_id);
create index alliance_membership_source_idx on alliance_membership (source_document_id);
create index dialogue_source_document_idx on dialogue_source (source_document_id);

-- Countries where they host, chair or belong.
create index dialogue_host_country_idx on dialogue (host_country_code);
create index dialogue_co_chair_country_idx on dialogue_co_chair (country_code);
create index organisation_group_member_country_idx on organisation_group_member (country_code);
create index milestone_country_idx on milestone (country_code);
