-- no type: BLOB affinity
ALTER TABLE notes ADD COLUMN extra;
