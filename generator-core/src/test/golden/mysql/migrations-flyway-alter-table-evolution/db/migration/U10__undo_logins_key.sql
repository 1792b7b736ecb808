-- Flyway undo: never part of the schema (applied, it would leave no logins table)
RENAME TABLE logins TO user_logins;
ALTER TABLE user_logins DROP COLUMN id;
