-- name: ListJobs :many
SELECT * FROM jobs ORDER BY id;

-- name: ListArchivedJobs :many
SELECT * FROM archive.jobs WHERE archived_at < $1 ORDER BY id;

-- name: ArchiveJob :exec
INSERT INTO archive.jobs (id, name) SELECT id, name FROM public.jobs WHERE jobs.id = $1;
