#!/bin/sh
# Runs once, when the postgres container starts on an empty volume: the portal's two roles.
# alliance_owner owns the database and everything in it (Flyway migrates as this role);
# alliance_app is what the portal's connection pool uses, and the migrations grant it row rights only.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
	-v owner_password="$ALLIANCE_DB_OWNER_PASSWORD" -v app_password="$ALLIANCE_DB_APP_PASSWORD" <<'SQL'
create role alliance_owner login password :'owner_password';
create role alliance_app login password :'app_password';
alter database alliance owner to alliance_owner;
SQL
