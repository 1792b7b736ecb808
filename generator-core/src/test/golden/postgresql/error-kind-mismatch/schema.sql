CREATE TABLE authors (
  id bigserial PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE names (
  name text NOT NULL
);
