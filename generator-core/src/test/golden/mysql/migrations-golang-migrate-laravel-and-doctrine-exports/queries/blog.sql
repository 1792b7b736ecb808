-- name: ArticlesByUser :many
SELECT a.id, a.title, a.published_at, a.source, u.name AS author
FROM articles a JOIN users u ON u.id = a.user_id
WHERE u.email = ?
ORDER BY a.published_at DESC;

-- name: TagsOfArticle :many
SELECT t.id, t.name, t.slug FROM tag t JOIN article_tag at ON at.tag_id = t.id WHERE at.article_id = ?;

-- name: Setting :one
SELECT `key`, value, type, comment FROM settings WHERE `key` = ?;

-- name: RecentEvents :many
SELECT id, name, level, data, status, year FROM events ORDER BY id DESC LIMIT ?;

-- name: AbsencesOn :many
SELECT user_id FROM attendance WHERE day = ? AND is_absent = 1;

-- name: TagAgeInDays :one
SELECT TIMESTAMPDIFF(DAY, created_at, NOW()) AS age_days, DATE_ADD(created_at, INTERVAL 30 DAY) AS review_on
FROM tag WHERE id = ?;

-- name: AuthorStats :many
SELECT u.name, s.articles, s.last_published_at FROM article_stats s JOIN users u ON u.id = s.user_id;
