-- name: ListMembers :many
SELECT m.id, m.email, t.name AS team FROM members m JOIN teams t ON t.id = m.team_id;
