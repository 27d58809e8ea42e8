-- V12 raised the data version once per statement. A transaction that writes row by row (an import of a large
-- document: tens of thousands of statements) then updated the one data_version row as many times; each update
-- of a row its own transaction already updated walks the chain of its earlier versions, so the cost grew with
-- the square of the statements (0.18 s for the first 2,000, 4 s for the next 8,000), and the row stayed locked
-- against every other writer all along. Now the first watched statement of a transaction raises the version
-- and notes it in a transaction-local setting; the others see the note and leave the row alone. Readers still
-- see the new version exactly when they see the transaction's data: at its commit.
--
-- A transaction that will be rolled back (an import's preview, ImportRuns.dryRun) sets the note itself first,
-- so it neither raises the version nor holds its row.
create or replace function raise_data_version() returns trigger language plpgsql as $$
begin
    if current_setting('alliance.data_version_raised', true) is distinct from 'on' then
        perform set_config('alliance.data_version_raised', 'on', true);
        update data_version set version = version + 1;
    end if;
    return null;
end;
$$;
