CREATE SCHEMA billing;

CREATE TYPE invoice_state AS ENUM ('open', 'paid', 'void');
CREATE TABLE customers (
  id bigserial PRIMARY KEY,
  name text NOT NULL
);
CREATE TABLE invoices (
  id bigserial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  total numeric(10, 2) NOT NULL,
  state invoice_state NOT NULL DEFAULT 'open'
);

-- both move into billing: queries must now qualify them (billing is not on the search path)
ALTER TABLE invoices SET SCHEMA billing;
ALTER TYPE invoice_state SET SCHEMA billing;
ALTER TABLE IF EXISTS never_created SET SCHEMA billing;
