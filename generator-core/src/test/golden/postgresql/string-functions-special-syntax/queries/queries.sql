-- name: StringFunctions :many
SELECT upper(name) AS up, lower(slug) AS low, length(name) AS len, substr(name, 1, 3) AS head, trim(slug) AS t FROM categories;

-- name: SplitAndPosition :many
SELECT split_part(email, '@', 2) AS domain, position('@' IN email) AS at, replace(email, '@', ' at ') AS spoken FROM users;
