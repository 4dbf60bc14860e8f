package io.sitrep.ingest;

/** An input that cannot be analysed: unreadable, binary, empty or undecodable. The message names the reason. */
public class InvalidInputException extends Exception {
    private final String input;

    public InvalidInputException(String input, String reason) {
        super(reason);
        this.input = input;
    }

    public InvalidInputException(String input, String reason, Throwable cause) {
        super(reason, cause);
        this.input = input;
    }

    /** The file name, URL or "-" the input came from. */
    public String input() {
        return input;
    }

    /** One line for stderr: {@code input: reason}. */
    public String oneLine() {
        return input + ": " + getMessage();
    }
}
