package io.sitrep.store;

/** A failure of the store itself (cannot open, migrate, read or write), with the location in the message. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
