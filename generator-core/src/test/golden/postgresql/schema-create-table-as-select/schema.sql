CREATE TABLE orders (id serial PRIMARY KEY, customer text NOT NULL, total numeric(10, 2), note text);
CREATE TABLE order_totals AS
  SELECT customer, sum(total) AS total, count(*) AS n FROM orders GROUP BY customer;
CREATE TABLE order_archive (order_id, who) AS SELECT id, customer FROM orders;
