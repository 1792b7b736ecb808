-- The key comes from the driver's generated keys (PgJDBC appends RETURNING "id").
-- name: CreateAuthor :execlastid
INSERT INTO authors (name, bio) VALUES (@name, @bio);

-- The key is the query's own RETURNING column.
-- name: CreateTag :execlastid
INSERT INTO tags (label) VALUES ($1) RETURNING id;

-- Row count and the keys of every inserted row.
-- name: CreateTwoAuthors :execresult
INSERT INTO authors (name) VALUES (@first), (@second);

-- No key: an UPDATE gives ExecResult<Void>.
-- name: RenameAuthor :execresult
UPDATE authors SET name = @name WHERE id = @id;

-- notes has no primary key: no generated keys to report.
-- name: AddNote :execresult
INSERT INTO notes (author_id, body) VALUES ($1, $2);
