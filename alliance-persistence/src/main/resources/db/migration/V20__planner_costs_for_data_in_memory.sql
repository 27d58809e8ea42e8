-- The portal's data fits in memory many times over (50 times the seeds is a few tens of MB), so reading a page
-- at random costs about what reading it in order does. With PostgreSQL's default random_page_cost of 4 the
-- planner scanned every action item for a search at 50x rather than use the GIN index on search_vector
-- (10 ms against 1.3 ms a page of results), because both plans cost about the same to it. 1.1 is the usual
-- setting for SSDs and cached data. Set for the database, so every new session has it; where the migrating
-- role may not alter the database (a server of your own), the notice says so and the default stays.
do $$
begin
    execute format('alter database %I set random_page_cost = 1.1', current_database());
exception
    when insufficient_privilege then
        raise notice 'random_page_cost left as it is: % may not alter database %', current_user, current_database();
end;
$$;
