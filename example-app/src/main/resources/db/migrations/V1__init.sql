-- Users, the courses they teach, and who is enrolled where.
CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    email      TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE courses (
    id            INTEGER PRIMARY KEY,
    instructor_id INTEGER NOT NULL REFERENCES users (id),
    title         TEXT NOT NULL UNIQUE,
    price_cents   INTEGER NOT NULL CHECK (price_cents >= 0),
    published     BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE enrollments (
    user_id      INTEGER NOT NULL REFERENCES users (id),
    course_id    INTEGER NOT NULL REFERENCES courses (id),
    enrolled_at  TIMESTAMP NOT NULL,
    completed_at TIMESTAMP,
    PRIMARY KEY (user_id, course_id)
);
