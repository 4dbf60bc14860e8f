package io.sitrep.cli;

/** Exit codes of every sitrep command. */
public final class ExitCodes {
    private ExitCodes() {
    }

    public static final int OK = 0;
    /** An unexpected failure inside the engine (a bug or an environment problem). */
    public static final int INTERNAL = 1;
    /** Bad usage, or at least one input could not be processed (each is named on stderr). */
    public static final int BAD_INPUT = 2;
}
