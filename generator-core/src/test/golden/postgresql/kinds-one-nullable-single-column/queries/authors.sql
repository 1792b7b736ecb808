-- A nullable column: a row record of one component, so that "no row" (empty) and "a row whose bio
-- is NULL" (a record holding null) differ.
-- name: FindBio :one
SELECT bio FROM authors WHERE id = $1;

-- A column that is never NULL: the value itself.
-- name: FindName :one
SELECT name FROM authors WHERE id = $1;

-- Per parameter set, the same three cases.
-- name: FindBios :batchone
SELECT bio FROM authors WHERE id = $1;

-- In a list no row is absent: the values themselves, NULL as null.
-- name: ListBios :many
SELECT bio FROM authors ORDER BY id;
