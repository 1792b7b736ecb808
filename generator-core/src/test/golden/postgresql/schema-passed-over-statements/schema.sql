CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE authors (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  bio text
);

CREATE INDEX authors_name_idx ON authors (name);
CREATE UNIQUE INDEX IF NOT EXISTS authors_lower_name_idx ON authors (lower(name));
COMMENT ON TABLE authors IS 'People who write books';
COMMENT ON COLUMN authors.bio IS 'Free text';
GRANT SELECT ON authors TO PUBLIC;
