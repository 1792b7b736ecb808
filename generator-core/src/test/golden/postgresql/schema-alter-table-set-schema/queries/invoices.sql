-- name: GetInvoice :one
SELECT * FROM billing.invoices WHERE id = $1;

-- name: ListOpenInvoices :many
SELECT i.id, c.name, i.total, i.state
FROM billing.invoices i
JOIN customers c ON c.id = i.customer_id
WHERE i.state = 'open'
ORDER BY i.id;

-- name: MarkPaid :execrows
UPDATE billing.invoices SET state = 'paid' WHERE id = $1;
