CREATE TABLE authors (id bigserial PRIMARY KEY, name text NOT NULL);
CREATE VIEW author_names AS SELECT id, name FROM authors;
ALTER VIEW author_name RENAME TO writer_names;
ALTER VIEW author_names RENAME COLUMN name TO full_name;
ALTER VIEW author_names SET SCHEMA archive;
