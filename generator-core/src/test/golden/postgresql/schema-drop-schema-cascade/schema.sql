CREATE SCHEMA staging;
CREATE SCHEMA archive;

CREATE TYPE staging.batch_state AS ENUM ('new', 'loaded', 'failed');
CREATE TABLE staging.imports (
  id bigserial PRIMARY KEY,
  state staging.batch_state NOT NULL DEFAULT 'new',
  payload jsonb NOT NULL
);
CREATE VIEW staging.open_imports AS SELECT id, payload FROM staging.imports WHERE state = 'new';

CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  -- a column of the staging schema's type: DROP SCHEMA ... CASCADE drops it too
  last_state staging.batch_state,
  finished_at timestamptz
);
CREATE TABLE archive.jobs (
  id bigint PRIMARY KEY,
  name text NOT NULL,
  archived_at timestamptz NOT NULL DEFAULT now()
);

-- the staging schema goes with its table, view and type
DROP SCHEMA staging CASCADE;
DROP SCHEMA IF EXISTS staging, never_created;
