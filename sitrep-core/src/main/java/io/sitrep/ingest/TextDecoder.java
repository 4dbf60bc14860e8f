package io.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an input into text, refusing what is not text: NUL bytes or mostly control
 * characters (binary), and byte sequences that are invalid in the charset. A byte-order mark selects
 * UTF-8 or UTF-16 and is dropped.
 */
public final class TextDecoder {
    private final Charset fallback;

    /** @param charset the charset to use when the input has no byte-order mark; UTF-8 by default */
    public TextDecoder(Charset charset) {
        this.fallback = charset == null ? StandardCharsets.UTF_8 : charset;
    }

    public TextDecoder() {
        this(StandardCharsets.UTF_8);
    }

    public String decode(String name, byte[] bytes) throws InvalidInputException {
        if (bytes.length == 0) {
            throw new InvalidInputException(name, "empty input");
        }
        Charset cs = fallback;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        boolean utf16 = cs == StandardCharsets.UTF_16BE || cs == StandardCharsets.UTF_16LE;
        if (!utf16) {
            for (int i = skip; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new InvalidInputException(name, "binary data (NUL byte at offset " + i + "), not text");
                }
            }
        }
        String text;
        try {
            CharsetDecoder dec = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            text = dec.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(name, "not valid " + cs.name()
                    + " text (use --encoding to name the file's charset, e.g. windows-1252)", e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException(name, "binary data (NUL character), not text");
        }
        int control = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (Character.isISOControl(c) || c == '\uFFFD') {
                control++;
            } else {
                visible++;
            }
        }
        if (visible == 0) {
            throw new InvalidInputException(name, control == 0 ? "empty input (only white space)" : "binary data, not text");
        }
        if (control > 0 && control * 10 > visible) {
            throw new InvalidInputException(name, "binary data (" + control + " control characters), not text");
        }
        return text;
    }
}
