-- name: GetNote :one
SELECT id, # the key
       bdy  # misspelled
FROM notes WHERE id = ?; # trailing
