-- A view is bound to its tables, not to their names: it follows a table renamed or moved after it,
-- and a schema renamed under it.
CREATE SCHEMA archive;
CREATE SCHEMA legacy;
CREATE TABLE authors (id bigserial PRIMARY KEY, name text NOT NULL, bio text);
CREATE TABLE legacy.books (id bigserial PRIMARY KEY, author_id bigint NOT NULL, title text NOT NULL);
CREATE VIEW author_names AS SELECT authors.id, authors.name FROM authors;
CREATE VIEW book_titles AS
  SELECT b.id, b.title, a.name AS author
  FROM legacy.books b LEFT JOIN authors a ON a.id = b.author_id;
ALTER TABLE authors RENAME TO writers;
ALTER TABLE writers SET SCHEMA archive;
ALTER SCHEMA legacy RENAME TO library;
-- a view over a view follows that view's rename too
CREATE VIEW short_titles AS SELECT id, title FROM book_titles WHERE length(title) < 20;
ALTER VIEW book_titles RENAME TO titled_books;
-- a new table under the old name is not what the views read
CREATE TABLE authors (id int PRIMARY KEY, handle text);
