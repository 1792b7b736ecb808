--liquibase formatted sql

--changeset alice:1
CREATE TABLE products (
  id serial PRIMARY KEY,
  sku text NOT NULL
);
--rollback DROP TABLE products;

--changeset alice:2
ALTER TABLE products ADD COLUMN price numeric(10, 2);
/* liquibase rollback
ALTER TABLE products DROP COLUMN price;
DROP TABLE products;
*/
