-- name: UnionEnumAndLiteral :many
SELECT status FROM orders UNION SELECT 'paid';

-- name: CaseEnumAndLiteral :many
SELECT CASE WHEN shipped_at IS NULL THEN status ELSE 'shipped' END AS shown_status FROM orders;
