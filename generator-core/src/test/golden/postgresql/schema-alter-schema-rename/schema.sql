CREATE SCHEMA old_reports;

CREATE TYPE old_reports.period AS ENUM ('day', 'week', 'month');
CREATE TABLE old_reports.totals (
  id serial PRIMARY KEY,
  period old_reports.period NOT NULL,
  amount bigint NOT NULL
);
-- a column in another schema of the renamed schema's type follows the rename
CREATE TABLE dashboards (
  id serial PRIMARY KEY,
  title text NOT NULL,
  period old_reports.period
);

ALTER SCHEMA old_reports RENAME TO reports;
ALTER SCHEMA reports OWNER TO CURRENT_USER;
ALTER TABLE reports.totals ADD COLUMN note text;
