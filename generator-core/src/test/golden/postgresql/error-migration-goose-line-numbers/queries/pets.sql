-- name: ListPets :many
SELECT id, name FROM pets;
