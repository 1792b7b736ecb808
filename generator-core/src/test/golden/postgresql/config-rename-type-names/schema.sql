CREATE SCHEMA app;

CREATE TYPE book_genre AS ENUM ('fiction', 'poetry');

CREATE TABLE authors (
  id bigserial PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE books (
  id bigserial PRIMARY KEY,
  author_id bigint NOT NULL REFERENCES authors (id),
  genre book_genre NOT NULL
);

CREATE TABLE app.accounts (
  id bigserial PRIMARY KEY,
  email text NOT NULL
);
