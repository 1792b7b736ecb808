-- name: ShiftsOfDay :many
SELECT id, day, hour FROM shifts WHERE day = ? ORDER BY hour;

-- name: ShiftsPerMonth :many
SELECT year, month, COUNT(*) AS shifts FROM shifts WHERE year = ? GROUP BY year, month ORDER BY month;

-- name: AddShift :execlastid
INSERT INTO shifts (day, week, month, year, hour, started_at) VALUES (?, ?, ?, ?, ?, ?);

-- name: MoveShift :execrows
UPDATE shifts SET day = ?, hour = ? WHERE id = ?;

-- name: HoursSinceStart :many
SELECT id, TIMESTAMPDIFF(HOUR, started_at, NOW()) AS hours, started_at + INTERVAL 1 WEEK AS next_week
FROM shifts WHERE week = ?;
