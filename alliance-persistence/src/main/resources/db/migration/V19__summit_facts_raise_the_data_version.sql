-- The dashboard's body is kept per data version (web/dashboard/DashboardBodies) and shows the summit's name,
-- dates and city from milestone: a change there must move the version on as the other tables it shows do (V12).
create trigger milestone_raises_data_version after insert or update or delete on milestone
    for each statement execute function raise_data_version();
