package io.sitrep.ingest;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {
    private final TextDecoder utf8 = new TextDecoder();

    @Test
    void strictUtf8ValidationAgreesWithTheJdkDecoderOnRandomBytes() {
        Random random = new Random(1);
        for (int trial = 0; trial < 20_000; trial++) {
            byte[] b = new byte[random.nextInt(12)];
            for (int i = 0; i < b.length; i++) {
                // bias towards the interesting bytes: lead bytes, continuation bytes, ASCII
                int kind = random.nextInt(4);
                b[i] = (byte) (kind == 0 ? 0x80 + random.nextInt(0x40) : kind == 1 ? 0xC0 + random.nextInt(0x40) : random.nextInt(256));
            }
            boolean jdk = jdkAccepts(b);
            assertThat(Utf8.firstInvalid(b, 0, b.length) < 0).as("bytes %s", java.util.Arrays.toString(b)).isEqualTo(jdk);
        }
    }

    @Test
    void validUtf8OfEveryLengthDecodes() throws InvalidInputException {
        String s = "a \u00e9 \u20ac \ud83d\ude00 \uffff \u0800 \u07ff \udbff\udfff";
        assertThat(utf8.decode("x", s.getBytes(StandardCharsets.UTF_8))).isEqualTo(s);
    }

    @Test
    void invalidUtf8NamesTheOffsetAndSuggestsAnEncoding() {
        byte[] b = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> utf8.decode("menu.txt", b))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("not valid UTF-8 text (bad byte at offset 3; use --encoding to name the file's charset, e.g. windows-1252)");
    }

    @Test
    void aNamedCharsetDecodesWhatUtf8Refuses() throws InvalidInputException {
        byte[] b = "\u201cQuoted\u201d \u2013 \u20ac5".getBytes(Charset.forName("windows-1252"));
        assertThat(new TextDecoder(Charset.forName("windows-1252")).decode("x", b)).isEqualTo("\u201cQuoted\u201d \u2013 \u20ac5");
    }

    @Test
    void bytesUndefinedInWindows1252AreAnErrorNamingTheCharset() {
        byte[] b = {'a', (byte) 0x81, 'b'};
        assertThatThrownBy(() -> new TextDecoder(Charset.forName("windows-1252")).decode("x", b))
                .hasMessageStartingWith("not valid windows-1252 text");
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsNulBytes() throws InvalidInputException {
        String s = "Headline\nThe minister spoke.";
        assertThat(utf8.decode("x", s.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(s);
        assertThat(utf8.decode("x", s.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(s);
        assertThat(TextDecoder.utf16WithoutBom("abc\0def\0".getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    @Test
    void aNamedCharsetTurnsUtf16DetectionOff() {
        byte[] b = "Headline".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> new TextDecoder(StandardCharsets.UTF_8).decode("x", b))
                .hasMessage("binary data (NUL byte at offset 1), not text");
    }

    @Test
    void theByteOrderMarkIsDropped() throws InvalidInputException {
        assertThat(utf8.decode("x", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'})).isEqualTo("hi");
        assertThat(utf8.decode("x", new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0})).isEqualTo("hi");
        assertThat(utf8.decode("x", new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'h', 0, 'i'})).isEqualTo("hi");
    }

    @Test
    void utf16WithInvalidSurrogatesIsRefused() {
        byte[] loneHigh = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 0x3D, (byte) 0xD8, 'i', 0};
        assertThatThrownBy(() -> utf8.decode("x", loneHigh)).hasMessageStartingWith("not valid UTF-16LE text");
    }

    @Test
    void whiteSpaceAndControlsAloneAreNotText() {
        assertThatThrownBy(() -> utf8.decode("x", " \u00a0\u2003\n".getBytes(StandardCharsets.UTF_8))).hasMessage("empty input (only white space)");
        assertThatThrownBy(() -> utf8.decode("x", "\u0001\u0002".getBytes(StandardCharsets.UTF_8))).hasMessage("binary data, not text");
        assertThatThrownBy(() -> utf8.decode("x", new byte[0])).hasMessage("empty input");
    }

    private static boolean jdkAccepts(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
