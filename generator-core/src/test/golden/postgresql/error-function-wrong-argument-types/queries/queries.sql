-- name: LowerOfBigint :many
SELECT lower(id) AS l FROM users;

-- name: SchemaFunctionWrongArgument :one
SELECT order_total(now()) AS total;

-- name: TooManyArguments :many
SELECT length(email, 1, 2) AS n FROM users;
