package dev.quarry.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void mapsOffsetsToLinesAndColumnsAndBack() {
        String text = "ab\r\ncd\n\nef";
        LineIndex index = LineIndex.of(text);
        assertEquals(4, index.lineCount());
        assertEquals(1, index.line(0));
        assertEquals(2, index.line(4));
        assertEquals(2, index.column(5));
        assertEquals(4, index.line(text.length()));
        assertEquals(text.indexOf("ef"), index.offset(4, 1));
        assertEquals("ab", index.lineText(text, 1));
        assertEquals("", index.lineText(text, 3));
    }
}
