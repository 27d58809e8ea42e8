-- An account whose password an admin set (a new account, or a reset) must choose its own at its next sign-in:
-- the portal sends it to the change-password page until it has. Accounts that exist keep their password.
alter table account add column must_change_password boolean not null default false;
