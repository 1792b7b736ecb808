-- name: GetAuthorBio :one
SELECT bio FROM authors WHERE id = $1;

-- name: ListAuthorIds :many
SELECT id FROM authors ORDER BY id;

-- name: TouchAuthor :exec
UPDATE authors SET bio = bio WHERE id = $1;

-- name: DeleteAuthorsWithoutBio :execrows
DELETE FROM authors WHERE bio IS NULL;
