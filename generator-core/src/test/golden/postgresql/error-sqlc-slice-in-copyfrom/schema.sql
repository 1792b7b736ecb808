CREATE TABLE books (
  id bigint PRIMARY KEY,
  author_id bigint NOT NULL,
  title text NOT NULL,
  archived boolean NOT NULL DEFAULT false
);
