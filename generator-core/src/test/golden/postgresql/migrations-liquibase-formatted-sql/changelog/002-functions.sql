--liquibase formatted sql

--changeset bob:3 splitStatements:false
CREATE FUNCTION product_code(sku text) RETURNS text AS $$
BEGIN
  RETURN upper(sku);
END;
$$ LANGUAGE plpgsql;
--rollback DROP FUNCTION product_code;

--changeset bob:4
ALTER TABLE products RENAME COLUMN sku TO code;
