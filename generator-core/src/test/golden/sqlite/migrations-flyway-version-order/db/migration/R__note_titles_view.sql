-- repeatable: applied after every versioned migration, so it sees "content"
DROP VIEW IF EXISTS note_titles;
CREATE VIEW note_titles AS SELECT id, title, content FROM notes;
