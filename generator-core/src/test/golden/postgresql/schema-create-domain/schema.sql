CREATE DOMAIN email_address AS text NOT NULL CHECK (VALUE LIKE '%@%');
CREATE DOMAIN positive_cents integer CONSTRAINT positive CHECK (VALUE > 0) DEFAULT 1;
CREATE DOMAIN short_code AS varchar(8);

CREATE TABLE customers (
  id serial PRIMARY KEY,
  email email_address,
  credit positive_cents,
  code short_code NOT NULL
);
