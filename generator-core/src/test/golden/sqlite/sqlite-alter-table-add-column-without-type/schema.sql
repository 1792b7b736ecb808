CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  body TEXT NOT NULL
);

-- columns added without a type have BLOB affinity, as in CREATE TABLE
ALTER TABLE notes ADD COLUMN extra;
ALTER TABLE notes ADD flags NOT NULL DEFAULT 0;
ALTER TABLE notes ADD COLUMN [source ref] DEFAULT 'manual';
