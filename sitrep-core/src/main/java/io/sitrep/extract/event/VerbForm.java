package io.sitrep.extract.event;

/**
 * One inflected form of a dictionary verb.
 *
 * @param word    the upper-case verb word ("SAID")
 * @param front   words that must precede it ("KLM NOP" of {@code KLM_NOP_+RST}), possibly empty
 * @param back    words that must follow it ("OFF" of {@code +CALL_OFF}), possibly empty
 * @param block   the verb block whose patterns apply ("EXPLAIN_VERBAL")
 * @param code    the verb's own default code, or null ({@code [---]})
 * @param reverse reverse code of a paired default code, or null
 */
record VerbForm(String word, String[] front, String[] back, String block, String code, String reverse) {
    int length() {
        return 1 + front.length + back.length;
    }
}
