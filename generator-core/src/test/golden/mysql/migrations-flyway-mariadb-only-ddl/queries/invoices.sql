-- name: CreateInvoice :one
INSERT INTO invoices (account_id, amount, note) VALUES (?, ?, ?) RETURNING id, number, reference;

-- name: InvoicesOf :many
SELECT i.id, i.number, i.amount, i.reference, i.note, a.name, a.account_no, a.external_ref
FROM invoices i JOIN accounts a ON a.id = i.account_id
WHERE a.id = ? AND a.closed_at IS NULL
ORDER BY i.number;

-- name: PendingImportLines :many
SELECT line_no, raw FROM import_staging WHERE imported = 0 ORDER BY line_no;

-- name: Account :one
SELECT * FROM accounts WHERE id = ?;

-- name: RiskOf :one
SELECT id, risk_score, external_ref FROM accounts WHERE id = ?;

-- name: AddAccount :execlastid
INSERT INTO accounts VALUES (NULL, ?, ?, DEFAULT, NULL);

-- name: NotedInvoices :many
SELECT i.*, i.internal_note FROM invoices i WHERE i.internal_note IS NOT NULL;
