-- name: EventDetails :many
SELECT id,
       DATE(starts_at) AS start_day,
       YEAR(starts_at) AS start_year,
       DATE_FORMAT(starts_at, '%Y-%m') AS start_month,
       DATEDIFF(starts_at, event_day) AS days_apart,
       UPPER(name) AS loud_name,
       CHAR_LENGTH(name) AS name_length,
       CURDATE() AS today,
       CURRENT_TIMESTAMP AS stamp
FROM events
WHERE starts_at >= ? AND name LIKE ?;
