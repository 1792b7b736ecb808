-- settings is an ordinary column name in PostgreSQL (a keyword of other dialects)
CREATE TABLE user_settings (
  id bigserial PRIMARY KEY,
  settings jsonb NOT NULL DEFAULT '{}',
  updated_at timestamptz
);
