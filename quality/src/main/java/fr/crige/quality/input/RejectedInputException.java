package fr.crige.quality.input;

/**
 * An upload refused before any check: unreadable or unsafe archive, unsupported format, too large. The web
 * layer answers 400, or 413 when {@link #tooLarge()}.
 */
public class RejectedInputException extends RuntimeException {
    private final boolean tooLarge;

    public RejectedInputException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
