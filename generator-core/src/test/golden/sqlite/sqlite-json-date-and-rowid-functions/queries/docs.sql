-- name: AddDoc :exec
INSERT INTO docs (body, created_at) VALUES (?, datetime('now'));

-- name: LastDocId :one
SELECT last_insert_rowid();

-- name: DocFields :many
SELECT id,
       json_extract(body, '$.title') AS title,
       json_extract(body, sqlc.arg(path)) AS picked,
       body ->> '$.title' AS title_text,
       body -> '$.tags' AS tags_json,
       json_array_length(body, '$.tags') AS tag_count,
       json_valid(body) AS valid,
       json_type(body, '$.title') AS title_type,
       json_object('id', id) AS wrapped,
       json_array(id, body) AS pair
FROM docs
ORDER BY id;

-- name: DocsSince :many
SELECT id, date(created_at) AS day, datetime(created_at, '+1 day') AS next_day,
       strftime('%Y', created_at) AS year, unixepoch(created_at) AS epoch, julianday(created_at) AS jd
FROM docs
WHERE created_at >= datetime('now', sqlc.arg(modifier));

-- name: DocsWithTitle :many
SELECT id FROM docs WHERE json_extract(body, '$.title') = sqlc.arg(title);
