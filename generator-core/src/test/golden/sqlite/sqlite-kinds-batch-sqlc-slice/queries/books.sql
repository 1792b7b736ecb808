-- Each parameter set archives the author's books among its ids; consecutive sets with lists of
-- the same length share one JDBC batch.
-- name: ArchiveBooks :batchexec
UPDATE books SET archived = 1 WHERE author_id = @author_id AND id IN (sqlc.slice(ids));

-- One parameter, a list: a List of lists.
-- name: DeleteBooks :batchexec
DELETE FROM books WHERE id IN (sqlc.slice(ids));

-- name: CountBooks :batchone
SELECT count(*) AS n FROM books WHERE id IN (sqlc.slice(ids)) AND title <> @title;

-- Two lists in one statement.
-- name: TitlesOf :batchmany
SELECT title FROM books WHERE id IN (sqlc.slice(ids)) OR author_id IN (sqlc.slice(authors)) ORDER BY id;
