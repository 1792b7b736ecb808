-- MariaDB 10.11: sequences, CREATE OR REPLACE TABLE, SERIAL
CREATE SEQUENCE IF NOT EXISTS invoice_numbers START WITH 1000 INCREMENT BY 1;

CREATE TABLE IF NOT EXISTS accounts (
  id SERIAL PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  account_no INT(8) UNSIGNED ZEROFILL NOT NULL,
  external_ref UUID NULL,
  created_on DATE NOT NULL DEFAULT (CURRENT_DATE)
);

-- re-runnable: the import job recreates its staging table
CREATE OR REPLACE TABLE import_staging (line TEXT);
CREATE OR REPLACE TABLE import_staging (
  line_no INT UNSIGNED NOT NULL PRIMARY KEY,
  raw TEXT NOT NULL,
  imported TINYINT(1) NOT NULL DEFAULT 0
);
