-- The Alliance's policy areas as the 2023 Digital Alliance Days set them out.
insert into policy_area (name, code) values
    ('Cybersecurity', 'CYB'),
    ('Artificial Intelligence', 'AI'),
    ('Data Governance', 'DATA'),
    ('e-Governance', 'EGOV'),
    ('Connectivity', 'CONN'),
    ('Caribbean', 'CAR');

-- The milestone every dialogue pointed at. The host country is inserted here by itself so that the
-- milestone can reference it; the full gazetteer (R__reference_gazetteer) completes it idempotently.
insert into country (code, name, region) values ('CO', 'Colombia', 'LATIN_AMERICA_CARIBBEAN');

insert into milestone (code, name, start_date, end_date, city, country_code)
values ('EU_CELAC_SUMMIT_2025', 'EU-CELAC Summit 2025', date '2025-11-09', date '2025-11-10', 'Santa Marta', 'CO');
