CREATE TYPE mood AS ENUM ('happy', 'sad');

CREATE TABLE events (
  id bigserial PRIMARY KEY,
  title text NOT NULL,
  note text,
  happened_at timestamptz NOT NULL,
  local_at timestamp,
  tags text[],
  scores integer[],
  payload bytea,
  feeling mood,
  amount numeric
);

CREATE TABLE names (
  name text NOT NULL
);
