-- name: ListTotals :many
SELECT customer, total, n FROM order_totals ORDER BY customer;

-- name: ListArchive :many
SELECT order_id, who FROM order_archive;
