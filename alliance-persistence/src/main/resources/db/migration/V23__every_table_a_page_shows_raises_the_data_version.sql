-- The item list and the item page are now kept per data version too (web/actionitem), as the dashboard's body
-- is (V12, V19). They show tables the dashboard does not: comments and evidence on updates, organisations and
-- their groups, agencies, source documents, hand corrections, and a dialogue's co-chairs, sources, objectives
-- and challenges. A change to any of them must move the version on, or a kept page would go on showing what
-- was there before. Raised once per transaction (V21), so a writer pays one row update however many tables it
-- touches. Tables no page keeps stay out: accounts, sessions, sign-in attempts, the audit log, import previews
-- and runs (DataVersionTest lists them, and fails when a new table is neither watched nor left out there).
do $$
declare
    watched text;
begin
    foreach watched in array array['progress_comment', 'progress_evidence', 'organisation', 'organisation_alias',
                                   'organisation_group', 'organisation_group_member', 'participation_agency',
                                   'source_document', 'hand_correction', 'dialogue_co_chair', 'dialogue_source',
                                   'dialogue_policy_area', 'dialogue_theme', 'objective', 'challenge',
                                   'country_alias', 'item_participant']
    loop
        execute format('create trigger %I after insert or update or delete on %I '
                       'for each statement execute function raise_data_version()',
                       watched || '_raises_data_version', watched);
    end loop;
end;
$$;
