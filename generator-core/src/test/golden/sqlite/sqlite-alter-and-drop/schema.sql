CREATE TABLE authors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  bio TEXT,
  created_at INTEGER NOT NULL
);

CREATE TABLE books (
  id INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES authors (id),
  title TEXT NOT NULL,
  price REAL,
  published_on DATE
);

ALTER TABLE authors ADD COLUMN email TEXT;
ALTER TABLE authors RENAME COLUMN bio TO biography;
ALTER TABLE books DROP COLUMN published_on;
CREATE TABLE scratch (id INTEGER PRIMARY KEY);
DROP TABLE scratch;
CREATE INDEX books_author_idx ON books (author_id);
