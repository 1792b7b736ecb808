-- name: GetNote :one
SELECT * FROM notes WHERE id = ?;

-- name: ListNoteTitles :many
SELECT id, title, content FROM note_titles ORDER BY id;

-- name: TagsOf :many
SELECT tag FROM tags WHERE note_id = ? ORDER BY tag;
