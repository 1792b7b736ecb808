package dev.quarry.core.source;

import java.util.Locale;
import java.util.Set;

/**
 * Follows the words of one statement to tell whether a semicolon ends it or belongs to a compound
 * body: {@code BEGIN ... END} in a CREATE TRIGGER, PROCEDURE, FUNCTION or EVENT (SQLite's trigger
 * bodies, MySQL's stored programs written without DELIMITER, PostgreSQL's {@code BEGIN ATOMIC}).
 * Elsewhere BEGIN starts a transaction. Inside a body, {@code CASE ... END [CASE]} nests too, and
 * {@code END IF}, {@code END LOOP}, {@code END WHILE}, {@code END REPEAT} and {@code END FOR}
 * close statements that never needed counting (they only occur inside a body).
 */
final class CompoundBody {
    /** The kinds of object whose definition may hold a body. */
    private static final Set<String> ROUTINES = Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT");
    /** Words that show a CREATE statement defines something else (a table may have a column named event). */
    private static final Set<String> OTHER_OBJECTS = Set.of("TABLE", "VIEW", "INDEX", "TYPE", "DOMAIN", "SEQUENCE");
    private static final Set<String> CLOSED_BY_THEIR_OWN_END = Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR");

    private int words;
    /** Still in CREATE's head, before the kind of object is known. */
    private boolean head;
    private boolean routine;
    private String previous = "";
    private int depth;
    /** An END was read inside a body; the next word says what it closes. */
    private boolean pendingEnd;

    void word(String word) {
        String w = word.toUpperCase(Locale.ROOT);
        words++;
        if (words == 1) {
            head = w.equals("CREATE");
        } else if (head && (ROUTINES.contains(w) || OTHER_OBJECTS.contains(w))) {
            routine = ROUTINES.contains(w);
            head = false;
        }
        previous = w;
        if (pendingEnd) {
            pendingEnd = false;
            if (CLOSED_BY_THEIR_OWN_END.contains(w)) {
                return;
            }
            depth--;
            if (w.equals("CASE")) {
                return; // END CASE
            }
        }
        if (w.equals("BEGIN") && routine) {
            depth++;
        } else if (w.equals("CASE") && depth > 0) {
            depth++;
        } else if (w.equals("END") && depth > 0) {
            pendingEnd = true;
        }
    }

    /** An opening parenthesis: past CREATE's head, unless it is {@code DEFINER = CURRENT_USER()}. */
    void parenthesis() {
        if (!previous.equals("CURRENT_USER")) {
            head = false;
        }
    }

    /** Whether a semicolon here ends the statement. */
    boolean endsStatement() {
        if (pendingEnd) {
            pendingEnd = false;
            depth--;
        }
        return depth <= 0;
    }
}
