-- name: ValuesAsTable :many
SELECT v.code, v.label FROM (VALUES (1, 'one'), (2, 'two')) AS v(code, label);

-- name: ValuesWithNull :many
SELECT v.a, v.b FROM (VALUES (1, NULL::text), (2, 'x')) AS v(a, b);

-- name: ValuesJoinedToTable :many
SELECT s.status, count(o.id) AS n
FROM (VALUES ('pending'::order_status), ('paid'), ('shipped')) AS s(status)
LEFT JOIN orders o ON o.status = s.status
GROUP BY s.status;

-- name: ValuesNumericPromotion :many
SELECT v.x FROM (VALUES (1), (2.5)) AS v(x);
