-- name: AddNote :execlastid
INSERT INTO notes (id, body) VALUES (?, ?);
