-- repeatable: applied after every versioned migration, so it sees "handle"
CREATE OR REPLACE VIEW user_names AS SELECT id, handle FROM users;
