CREATE TABLE tags (
  name text PRIMARY KEY,
  description text
);

CREATE TABLE book_tags (
  book_id bigint,
  tag text,
  weight integer,
  PRIMARY KEY (book_id, tag)
);
