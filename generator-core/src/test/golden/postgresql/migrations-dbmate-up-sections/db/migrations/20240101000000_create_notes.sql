-- migrate:up
CREATE TABLE notes (
  id serial PRIMARY KEY,
  body text NOT NULL
);

-- migrate:down
DROP TABLE notes;
