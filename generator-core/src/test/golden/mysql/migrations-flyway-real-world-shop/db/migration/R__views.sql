CREATE OR REPLACE VIEW order_totals AS
SELECT o.id AS order_id, o.customer_id, o.status,
       COUNT(i.line_no) AS item_count,
       COALESCE(SUM(i.line_total), 0) AS total
FROM orders o
LEFT JOIN order_items i ON i.order_id = o.id
GROUP BY o.id, o.customer_id, o.status;

CREATE OR REPLACE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW live_products AS
SELECT id, sku, name, price, price_gross FROM products WHERE stock > 0
WITH CHECK OPTION;
