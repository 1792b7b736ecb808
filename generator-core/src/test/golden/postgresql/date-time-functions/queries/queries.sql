-- name: NowAndCurrent :one
SELECT now() AS n, current_date AS d, current_timestamp AS ts, current_time AS t;

-- name: DateTrunc :many
SELECT date_trunc('day', placed_at) AS day, date_trunc('month', published_at) AS month FROM orders, posts LIMIT 5;

-- name: ExtractParts :many
SELECT extract(year FROM placed_at) AS y, date_part('dow', placed_at) AS dow FROM orders;

-- name: TimestampArithmetic :many
SELECT placed_at + interval '7 days' AS due, shipped_at - placed_at AS took, placed_at::date - 1 AS day_before FROM orders;

-- name: Age :many
SELECT id, age(now(), created_at) AS account_age FROM users;

-- name: AtTimeZone :many
SELECT placed_at AT TIME ZONE 'UTC' AS utc_local, published_at AT TIME ZONE 'Europe/Paris' AS paris FROM orders, posts LIMIT 1;

-- name: ToCharAndMakeDate :many
SELECT to_char(placed_at, 'YYYY-MM') AS ym, make_date(2024, 1, 1) AS jan_first, to_timestamp(0) AS epoch FROM orders;

-- name: DateBinIntervalParam :many
SELECT id FROM posts WHERE published_at < now()::timestamp - $1::interval;
