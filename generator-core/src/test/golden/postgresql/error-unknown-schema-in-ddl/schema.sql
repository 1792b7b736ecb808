CREATE SCHEMA audit;

CREATE TABLE audti.events (id bigserial PRIMARY KEY, at timestamptz NOT NULL);
CREATE TYPE reporting.level AS ENUM ('info', 'warn');
CREATE TABLE audit.events (id bigserial PRIMARY KEY, at timestamptz NOT NULL);
ALTER TABLE audit.events SET SCHEMA archive;
