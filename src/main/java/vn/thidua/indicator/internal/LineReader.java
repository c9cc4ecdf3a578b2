package vn.thidua.indicator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a large file line by line without holding it in memory, decoding each line as strict UTF-8 on its own, so
 * that one line with invalid bytes is refused and the lines after it are still read.
 */
final class LineReader {

    /** A line: its number from 1, and its text, or null when its bytes are not valid UTF-8. */
    record Line(long number, String text) {
    }

    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[CHUNK];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private long number;
    private boolean ended;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the input. A last line without a line break is still a line. */
    Line next() {
        int length = 0;
        while (true) {
            if (position == limit && !fill()) {
                if (length == 0) {
                    return null;
                }
                break;
            }
            byte b = chunk[position++];
            if (b == '\n') {
                break;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, length * 2);
            }
            line[length++] = b;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        number++;
        return new Line(number, decode(length));
    }

    private String decode(int length) {
        int start = number == 1 && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
                && line[2] == (byte) 0xBF ? 3 : 0;
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(line, start, length - start));
            return chars.toString();
        } catch (CharacterCodingException invalid) {
            return null;
        }
    }

    private boolean fill() {
        if (ended) {
            return false;
        }
        try {
            int read = in.read(chunk);
            if (read <= 0) {
                ended = true;
                return false;
            }
            position = 0;
            limit = read;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
