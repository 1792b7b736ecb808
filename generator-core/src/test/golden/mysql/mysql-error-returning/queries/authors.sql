-- name: CreateAuthor :one
INSERT INTO authors (name) VALUES (?) RETURNING id, name;

-- name: DeleteAuthor :one
DELETE FROM authors WHERE id = ?
  RETURNING id;

-- name: RenameAuthor :one
UPDATE authors SET name = ? WHERE id = ? returning id, name;

-- name: CreateAuthorId :execlastid
INSERT INTO authors (name) VALUES (?) RETURNING *;
