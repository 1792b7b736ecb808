-- ALTER VIEW renames a view or moves it to another schema; the view keeps its definition.
CREATE SCHEMA reporting;
CREATE TABLE authors (
  id   bigserial PRIMARY KEY,
  name text NOT NULL,
  bio  text
);
CREATE VIEW author_names AS SELECT id, name FROM authors;
ALTER VIEW author_names RENAME TO writer_names;
CREATE VIEW author_bios AS SELECT a.id, a.bio FROM authors a;
ALTER VIEW IF EXISTS author_bios SET SCHEMA reporting;
-- a view that is not there, with IF EXISTS, changes nothing
ALTER VIEW IF EXISTS no_such_view RENAME TO other_view;
-- forms that change nothing Quarry models
ALTER VIEW writer_names OWNER TO CURRENT_USER;
ALTER VIEW writer_names ALTER COLUMN name SET DEFAULT 'anonymous';
