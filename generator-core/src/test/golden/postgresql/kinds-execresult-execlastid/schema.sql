CREATE TABLE authors (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  bio text
);

CREATE TABLE tags (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  label text NOT NULL UNIQUE
);

CREATE TABLE notes (
  author_id bigint NOT NULL REFERENCES authors (id),
  body text NOT NULL
);
