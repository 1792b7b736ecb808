-- name: ListTotals :many
SELECT * FROM reports.totals ORDER BY id;

-- name: DashboardTotals :many
SELECT d.title, t.period, t.amount
FROM dashboards d
LEFT JOIN reports.totals t ON t.period = d.period
ORDER BY d.id;

-- name: TotalsFor :many
SELECT amount FROM reports.totals WHERE period = $1;
