-- name: ColonCasts :many
SELECT id::text AS id_text, price::int AS whole, '2024-01-01'::date AS d, stock::numeric(10, 2) AS exact FROM products;

-- name: CastFunctionSyntax :many
SELECT CAST(id AS text) AS id_text, CAST(view_count AS double precision) AS views FROM posts;

-- name: CastNullable :many
SELECT description::varchar(20) AS short, weight_grams::bigint AS grams FROM products;

-- name: Literals :one
SELECT 1 AS i, 10000000000 AS big, 1.5 AS n, 'x' AS s, true AS b, 1e3 AS sci;

-- name: TypedLiterals :one
SELECT DATE '2024-02-29' AS d, TIMESTAMP '2024-01-01 10:00' AS ts, INTERVAL '2 days' AS iv, '{1,2}'::int[] AS arr;

-- name: EnumCastFromText :many
SELECT id FROM orders WHERE status = $1::text::order_status;

-- name: CastParamToEnum :many
SELECT id FROM users WHERE role = CAST($1 AS user_role);

-- name: UuidAndJsonLiterals :one
SELECT '00000000-0000-0000-0000-000000000000'::uuid AS u, '{"a": 1}'::jsonb AS j, '[]'::json AS jj;
