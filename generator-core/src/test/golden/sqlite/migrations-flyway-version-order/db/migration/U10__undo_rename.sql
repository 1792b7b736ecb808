-- undo migrations are never applied when migrating up
ALTER TABLE notes RENAME COLUMN content TO body;
DROP TABLE tags;
