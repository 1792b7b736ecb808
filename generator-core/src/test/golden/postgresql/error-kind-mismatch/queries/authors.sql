-- name: CopyFromUpdate :copyfrom
UPDATE authors SET name = $1;

-- name: CopyExpression :copyfrom
INSERT INTO authors (name) VALUES (upper($1));

-- name: LastIdOfUpdate :execlastid
UPDATE authors SET name = $1 WHERE id = $2;

-- name: LastIdWithoutKey :execlastid
INSERT INTO names (name) VALUES ($1);

-- name: BatchWithoutParams :batchexec
DELETE FROM authors;

-- name: BatchExecReturning :batchexec
DELETE FROM authors WHERE id = $1 RETURNING id;

-- name: ExecResultReturning :execresult
DELETE FROM authors WHERE id = $1 RETURNING id;
