-- name: FindAccount :one
SELECT `id`, `Select`, `order` # trailing comment with a ? in it
FROM `user accounts`
WHERE `Select` <> "a ""quoted"" ?" AND `Select` <> 'it\'s ?' AND id = ?;
