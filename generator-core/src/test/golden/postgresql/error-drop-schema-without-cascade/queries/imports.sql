-- name: ListImports :many
SELECT id, payload FROM staging.imports;
