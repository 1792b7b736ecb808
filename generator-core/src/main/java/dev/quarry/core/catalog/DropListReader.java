package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code DROP TYPE | SCHEMA [IF EXISTS] name [, ...] [CASCADE | RESTRICT]}: JSqlParser 5.4
 * does not parse DROP TYPE, and keeps no positions for the names of DROP SCHEMA.
 */
final class DropListReader {

    /** A type name as written ({@code app."Mood"}) and where it starts in the file. */
    record Name(String raw, int start, int end) {}

    sealed interface Result permits DropList, Malformed {}

    record DropList(boolean ifExists, List<Name> names, boolean cascade) implements Result {}

    /** Not a DROP TYPE statement Quarry understands; {@code offset} is where reading stopped. */
    record Malformed(int offset) implements Result {}

    private DropListReader() {}

    /** Reads the tokens of a statement that starts with DROP and the kind of object. */
    static Result read(List<Token> tokens) {
        int i = 2;
        boolean ifExists = false;
        if (i + 1 < tokens.size() && tokens.get(i).isWord("IF") && tokens.get(i + 1).isWord("EXISTS")) {
            ifExists = true;
            i += 2;
        }
        List<Name> names = new ArrayList<>();
        while (i < tokens.size()) {
            int start = i;
            StringBuilder raw = new StringBuilder(tokens.get(i).text());
            i++;
            while (i + 1 < tokens.size() && tokens.get(i).is('.')) {
                raw.append('.').append(tokens.get(i + 1).text());
                i += 2;
            }
            if (!isName(tokens.get(start))) {
                return new Malformed(tokens.get(start).start());
            }
            names.add(new Name(raw.toString(), tokens.get(start).start(), tokens.get(i - 1).end()));
            if (i < tokens.size() && tokens.get(i).is(',')) {
                i++;
            } else {
                break;
            }
        }
        boolean tail = i == tokens.size() - 1 && (tokens.get(i).isWord("CASCADE") || tokens.get(i).isWord("RESTRICT"));
        if (names.isEmpty() || (i < tokens.size() && !tail)) {
            return new Malformed(i < tokens.size() ? tokens.get(i).start() : tokens.get(tokens.size() - 1).end());
        }
        return new DropList(ifExists, names, tail && tokens.get(i).isWord("CASCADE"));
    }

    private static boolean isName(Token t) {
        char c = t.text().charAt(0);
        return Character.isLetter(c) || c == '_' || c == '"';
    }
}
