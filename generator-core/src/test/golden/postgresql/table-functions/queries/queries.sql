-- name: DaysOfMonth :many
SELECT d::date AS day FROM generate_series($1::date, $1::date + 30, interval '1 day') AS g(d);

-- name: IntSeries :many
SELECT n FROM generate_series(1, $1) AS n;

-- name: UnnestTags :many
SELECT u.id, tag FROM users u, unnest(u.tags) AS tag;

-- name: UnnestParameterArray :many
SELECT p.id, p.name FROM products p JOIN unnest($1::bigint[]) AS wanted(id) ON wanted.id = p.id;

-- name: SchemaFunctionInFrom :many
SELECT product_id, product_name, price FROM products_in_category($1);

-- name: SeriesLeftJoin :many
SELECT g.n, o.id FROM generate_series(1, 5) AS g(n) LEFT JOIN orders o ON o.id = g.n;
