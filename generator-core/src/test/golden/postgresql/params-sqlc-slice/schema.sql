CREATE TYPE book_genre AS ENUM ('fiction', 'non_fiction', 'poetry');

CREATE TABLE authors (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  bio text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE books (
  id bigint GENERATED ALWAYS AS IDENTITY,
  author_id bigint NOT NULL REFERENCES authors (id),
  title text NOT NULL,
  genre book_genre NOT NULL DEFAULT 'fiction',
  price numeric(10, 2),
  published_on date,
  PRIMARY KEY (id)
);
