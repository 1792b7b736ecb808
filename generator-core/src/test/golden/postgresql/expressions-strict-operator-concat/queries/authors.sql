-- name: AuthorLines :many
SELECT name || ': ' || bio AS line, length(name) AS name_length, lower(bio) AS lower_bio,
       coalesce(bio, NULL) AS still_nullable
FROM authors
ORDER BY id;
