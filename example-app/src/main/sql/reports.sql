-- Every course with its students, completions and paid revenue; a course nobody took shows 0.
-- name: CourseReport :many
WITH enrollment_counts AS (
    SELECT course_id, count(*) AS students, count(completed_at) AS completed
    FROM enrollments
    GROUP BY course_id
), revenue AS (
    SELECT course_id, sum(amount_cents) AS cents
    FROM orders
    WHERE status = 'paid'
    GROUP BY course_id
)
SELECT c.id, c.title, u.name AS instructor,
       coalesce(ec.students, 0) AS students,
       coalesce(ec.completed, 0) AS completed,
       coalesce(r.cents, 0) AS revenue_cents
FROM courses c
JOIN users u ON u.id = c.instructor_id
LEFT JOIN enrollment_counts ec ON ec.course_id = c.id
LEFT JOIN revenue r ON r.course_id = c.id
ORDER BY revenue_cents DESC, c.title;

-- Paid revenue per instructor, only instructors who sold something.
-- name: RevenueByInstructor :many
SELECT u.id, u.name, count(o.id) AS orders, sum(o.amount_cents) AS revenue_cents
FROM users u
JOIN courses c ON c.instructor_id = u.id
JOIN orders o ON o.course_id = c.id
WHERE o.status = 'paid'
GROUP BY u.id, u.name
ORDER BY revenue_cents DESC;
