CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  preferences jsonb NOT NULL,
  previous jsonb,
  nickname text
);
