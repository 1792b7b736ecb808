CREATE TABLE teams (id serial PRIMARY KEY, name text NOT NULL);
