-- name: Hit :one
INSERT INTO counters (name, hits) VALUES (?, 1)
ON CONFLICT (name) DO UPDATE SET hits = hits + 1, note = excluded.note
RETURNING name, hits, note;

-- name: AddIfMissing :execrows
INSERT INTO counters (name, hits) VALUES (?, ?) ON CONFLICT DO NOTHING;

-- name: AddOrIgnore :execrows
INSERT OR IGNORE INTO counters (name, hits) VALUES (?, ?);

-- name: AddOrReplace :exec
INSERT OR REPLACE INTO counters (name, hits, note) VALUES (?, ?, ?);

-- name: ReplaceCounter :execrows
REPLACE INTO counters (name, hits, note) VALUES (?, ?, ?);

-- name: SetNote :execrows
INSERT INTO counters (name, note) VALUES (@name, @note)
ON CONFLICT (name) DO UPDATE SET note = excluded.note WHERE counters.note IS NULL OR counters.note <> excluded.note;

-- name: GetCounter :one
SELECT name, hits, note FROM counters WHERE name = ?;
