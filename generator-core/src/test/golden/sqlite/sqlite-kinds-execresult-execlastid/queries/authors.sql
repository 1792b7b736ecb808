-- The rowid alias is the key: sqlite-jdbc reports last_insert_rowid().
-- name: CreateAuthor :execlastid
INSERT INTO authors (name, bio) VALUES (@name, @bio);

-- name: CreateAuthorReturning :execlastid
INSERT INTO authors (name) VALUES (@name) RETURNING id;

-- name: CreateAuthorResult :execresult
INSERT INTO authors (name) VALUES (@name);

-- name: RenameAuthor :execresult
UPDATE authors SET name = @name WHERE id = @id;
