CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer TEXT NOT NULL,
  total REAL NOT NULL,
  placed_on DATE
);

CREATE TABLE order_totals AS
SELECT customer, sum(total) AS spent, count(*) AS n, max(placed_on) AS last_order
FROM orders
GROUP BY customer;
