package fr.crige.wfs.capabilities;

import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The {@code updateSequence} of the capabilities (OWS Common 1.1, 7.3.4): a number that grows whenever what
 * the capabilities describe changes, so that a client (a harvester, a catalogue) holding a copy can ask whether
 * it is still current.
 *
 * <p>The number is the time, in milliseconds, at which the service first wrote the current content: it starts
 * at the service's start and moves on when the content differs from the one last written. Comparing the content
 * itself, rather than counting catalog events, means the number can never move before a change is visible (the
 * catalog tells its listeners before publishing a change, so a client could otherwise store the new number with
 * the old content), and changes that the capabilities do not show (styles, another service's settings) leave it
 * alone. Being a time, it keeps growing across restarts; a restart alone makes clients fetch the document once.
 */
public final class UpdateSequence {

    private final LongSupplier clock;
    private long value;
    private Object content;

    /** @param clock milliseconds since the epoch */
    public UpdateSequence(LongSupplier clock) {
        this.clock = clock;
        this.value = clock.getAsLong();
    }

    public static UpdateSequence startingNow() {
        return new UpdateSequence(System::currentTimeMillis);
    }

    /**
     * The number of capabilities describing {@code content}, a value whose {@code equals} tells whether two
     * capabilities would differ (the published types with their workspaces).
     */
    public synchronized long current(Object content) {
        Objects.requireNonNull(content, "content");
        if (this.content != null && !this.content.equals(content)) {
            value = Math.max(clock.getAsLong(), value + 1);
        }
        this.content = content;
        return value;
    }

    /**
     * Checks the client's {@code updateSequence} against the current number (OWS Common 1.1, table 6): no
     * value or a lower one gets the capabilities; the same one, CurrentUpdateSequence; a higher one, which this
     * service never issued, InvalidUpdateSequence, as does a value that is not one of its numbers.
     *
     * @param requested the client's value, or null
     */
    public static void check(String requested, long current) {
        if (requested == null || requested.isBlank()) {
            return;
        }
        long value;
        try {
            value = Long.parseLong(requested.trim());
        } catch (NumberFormatException e) {
            throw new OwsException(OwsExceptionCode.INVALID_UPDATE_SEQUENCE, "updateSequence",
                    "updateSequence " + requested + " is not one of this service's sequence numbers");
        }
        if (value == current) {
            throw new OwsException(OwsExceptionCode.CURRENT_UPDATE_SEQUENCE, "updateSequence",
                    "The capabilities have not changed since updateSequence " + current);
        }
        if (value > current) {
            throw new OwsException(OwsExceptionCode.INVALID_UPDATE_SEQUENCE, "updateSequence",
                    "updateSequence " + requested + " is greater than the current one, " + current);
        }
    }
}
