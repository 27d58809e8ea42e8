-- Issue 7: full-text search over action items (the /action-items page, q=).
-- The documents are English today, but the Alliance works in English, Spanish and Portuguese, and a
-- search should find "capacitación" from "capacitaciones" and "capacitação" from "capacitações": each
-- text is indexed under all three stemmers, and the code under 'simple' (no stemming, no stop words), so
-- that "CYB-O1" or "2.a" is found as written. Weights: code A, title B, description C (for ranking).
-- A stored generated column keeps itself current on every insert and update (the importer's revisions
-- included) without a trigger; the GIN index serves websearch_to_tsquery over the same configurations.
alter table action_item add column search_vector tsvector generated always as (
    setweight(to_tsvector('simple'::regconfig, coalesce(code, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'B')
    || setweight(to_tsvector('spanish'::regconfig, coalesce(title, '')), 'B')
    || setweight(to_tsvector('portuguese'::regconfig, coalesce(title, '')), 'B')
    || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')
    || setweight(to_tsvector('spanish'::regconfig, coalesce(description, '')), 'C')
    || setweight(to_tsvector('portuguese'::regconfig, coalesce(description, '')), 'C')
) stored;
create index action_item_search_idx on action_item using gin (search_vector);

-- Codes sort as people read them ("2", "2.a", "10", not "10", "2"): ICU's numeric ordering, used by the
-- list's "code" order (order by code collate code_order).
create collation code_order (provider = icu, locale = 'und-u-kn-true');
