-- name: UnionOrderByLimit :many
SELECT email AS who FROM users UNION SELECT title FROM posts ORDER BY who LIMIT $1;

-- name: UnionAllOffset :many
SELECT id FROM orders UNION ALL SELECT id FROM posts ORDER BY 1 LIMIT 10 OFFSET $1;

-- name: ParenthesizedBranches :many
(SELECT id, title FROM posts ORDER BY view_count DESC LIMIT 3)
UNION ALL
(SELECT id, name FROM products ORDER BY stock LIMIT 3);

-- name: UnionInSubquery :many
SELECT x.v FROM (SELECT email AS v FROM users UNION SELECT display_name FROM users) x WHERE x.v LIKE $1;

-- name: UnionInCte :many
WITH everyone AS (SELECT id, 'user' AS kind FROM users UNION ALL SELECT id, 'post' FROM posts)
SELECT kind, count(*) AS n FROM everyone GROUP BY kind;
