package io.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an input into text, refusing what is not text: NUL bytes or mostly control
 * characters (binary), and byte sequences that are invalid in the charset.
 *
 * <ul>
 *   <li>A byte-order mark selects UTF-8, UTF-16BE or UTF-16LE and is dropped.</li>
 *   <li>Without one, UTF-16 is recognised by its pattern of NUL bytes (text that is mostly ASCII has a
 *       zero in every other byte) unless a charset was named explicitly.</li>
 *   <li>Otherwise the charset given (UTF-8 by default) must decode every byte: Windows-1252 or Latin-1
 *       text read as UTF-8 is an error that suggests {@code --encoding}.</li>
 * </ul>
 * UTF-8 is validated in place and decoded once, so a large input costs its bytes plus its string.
 */
public final class TextDecoder {
    private static final int UTF16_SAMPLE = 4096;

    private final Charset fallback;
    private final boolean explicit;

    /** @param charset the charset of inputs without a byte-order mark; null for UTF-8 (with UTF-16 detection) */
    public TextDecoder(Charset charset) {
        this.fallback = charset == null ? StandardCharsets.UTF_8 : charset;
        this.explicit = charset != null;
    }

    public TextDecoder() {
        this(null);
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
        } else if (!explicit) {
            Charset utf16 = utf16WithoutBom(bytes);
            if (utf16 != null) {
                cs = utf16;
            }
        }
        if (!isUtf16(cs)) {
            for (int i = skip; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new InvalidInputException(name, "binary data (NUL byte at offset " + i + "), not text");
                }
            }
        }
        String text = decode(name, bytes, skip, cs);
        checkLooksLikeText(name, text);
        return text;
    }

    private static String decode(String name, byte[] bytes, int skip, Charset cs) throws InvalidInputException {
        if (cs.equals(StandardCharsets.UTF_8)) {
            int bad = Utf8.firstInvalid(bytes, skip, bytes.length);
            if (bad >= 0) {
                throw new InvalidInputException(name, "not valid UTF-8 text (bad byte at offset " + bad
                        + "; use --encoding to name the file's charset, e.g. windows-1252)");
            }
            return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
        }
        try {
            CharsetDecoder dec = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return dec.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(name, "not valid " + cs.name()
                    + " text (use --encoding to name the file's charset, e.g. windows-1252)", e);
        }
    }

    private static void checkLooksLikeText(String name, String text) throws InvalidInputException {
        int control = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw new InvalidInputException(name, "binary data (NUL character), not text");
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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
    }

    private static boolean isUtf16(Charset cs) {
        return cs.equals(StandardCharsets.UTF_16BE) || cs.equals(StandardCharsets.UTF_16LE) || cs.equals(StandardCharsets.UTF_16);
    }

    /**
     * UTF-16 without a byte-order mark, told by where the NUL bytes sit in the first few kilobytes: in
     * little-endian text that is mostly Latin script nearly every odd byte is zero and no even one.
     */
    static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
        if (n < 4 || (bytes.length & 1) != 0) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                zeroEven++;
            }
            if (bytes[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int pairs = n / 2;
        if (zeroOdd * 10 >= pairs * 6 && zeroEven * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven * 10 >= pairs * 6 && zeroOdd * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
