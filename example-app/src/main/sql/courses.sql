-- name: CreateCourse :one
INSERT INTO courses (instructor_id, title, price_cents)
VALUES (@instructor_id, @title, @price_cents)
RETURNING id, title, published;

-- Makes a course visible in the catalog; returns 0 when it was already published.
-- name: PublishCourse :execrows
UPDATE courses SET published = TRUE WHERE id = @id AND NOT published;

-- The public catalog with each course's instructor.
-- name: ListPublishedCourses :many
SELECT c.id, c.title, c.price_cents, u.name AS instructor
FROM courses c
JOIN users u ON u.id = c.instructor_id
WHERE c.published
ORDER BY c.title;

-- name: GetCourse :one
SELECT * FROM courses WHERE id = ?;

-- Removes a course nobody ever bought or enrolled in.
-- name: DeleteCourse :exec
DELETE FROM courses WHERE id = ?;
