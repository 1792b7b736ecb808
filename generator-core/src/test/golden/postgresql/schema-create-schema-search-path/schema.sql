CREATE SCHEMA IF NOT EXISTS app;
CREATE SCHEMA audit AUTHORIZATION postgres;

CREATE TABLE public.flags (code text PRIMARY KEY, enabled boolean);
-- unqualified: created in the first schema of the search path
CREATE TABLE accounts (id bigserial PRIMARY KEY, email text NOT NULL);
CREATE TABLE audit.events (id bigserial PRIMARY KEY, account_id bigint NOT NULL REFERENCES app.accounts (id), at timestamptz NOT NULL);
ALTER TABLE app.accounts ADD COLUMN name text;
-- found along the search path
ALTER TABLE flags ALTER COLUMN enabled SET NOT NULL;
