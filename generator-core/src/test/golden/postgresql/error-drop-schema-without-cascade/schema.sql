CREATE SCHEMA staging;
CREATE TABLE staging.imports (id bigserial PRIMARY KEY, payload jsonb NOT NULL);
CREATE TYPE staging.batch_state AS ENUM ('new', 'done');

DROP SCHEMA staging;
