DROP TABLE order_items;
ALTER TABLE orders DROP COLUMN note;
