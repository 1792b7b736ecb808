-- version 2.1: after V2, before V3
CREATE TABLE tags (
  note_id INTEGER NOT NULL REFERENCES notes (id),
  tag TEXT NOT NULL,
  PRIMARY KEY (note_id, tag)
) WITHOUT ROWID;
