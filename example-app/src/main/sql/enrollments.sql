-- name: Enroll :exec
INSERT INTO enrollments (user_id, course_id, enrolled_at)
VALUES (:user_id, :course_id, :enrolled_at);

-- Marks an enrollment completed; 0 when there is no such open enrollment.
-- name: CompleteCourse :execrows
UPDATE enrollments SET completed_at = @completed_at
WHERE user_id = @user_id AND course_id = @course_id AND completed_at IS NULL;

-- name: Unenroll :execrows
DELETE FROM enrollments WHERE user_id = $1 AND course_id = $2;

-- Every user with the courses they take; a user in no course appears once, with no course.
-- name: ListUserCourses :many
SELECT u.id AS user_id, u.name, c.title, e.enrolled_at, e.completed_at
FROM users u
LEFT JOIN enrollments e ON e.user_id = u.id
LEFT JOIN courses c ON c.id = e.course_id
ORDER BY u.name, c.title;

-- name: CountStudents :one
SELECT count(*) AS students FROM enrollments WHERE course_id = sqlc.arg(course_id);
