package fr.crige.csw.publish;

import java.time.Instant;

/**
 * Where the catalogue stands against the catalog: the progress and outcome of the reconciliation that
 * {@link PublicationRecords} runs after start, and the catalog changes still waiting to be applied. The
 * server answers requests while the reconciliation runs, so an operator (or a test) reads this to know when
 * every published layer has its record; it is served as JSON by {@link PublicationStatusController}.
 *
 * @param state          the state of the reconciliation at start
 * @param layers         the layers of the catalog it brings in line (published or not)
 * @param reconciled     how many of them it has done so far
 * @param recordsWritten records it inserted, rewrote or deleted: none on a start where nothing changed
 * @param startedAt      when it started, null before
 * @param finishedAt     when it ended, null until then
 * @param error          why it failed, null unless {@code state} is {@link State#FAILED}
 * @param queuedChanges  catalog changes received and not yet applied to the records
 * @param failedChanges  catalog changes since start whose records could not be written (logged; the next
 *                       start repairs them)
 */
public record PublicationStatus(State state, int layers, int reconciled, int recordsWritten, Instant startedAt,
        Instant finishedAt, String error, int queuedChanges, int failedChanges) {

    /** The life of the reconciliation at start. */
    public enum State {
        /** Not started yet: the records may not describe the catalog. */
        NOT_STARTED,
        /** Running: some published layers may not have their record yet. */
        RUNNING,
        /** Done: every published layer has its record; later changes follow as they come. */
        DONE,
        /** Stopped by an error (see {@code error}): records are repaired by the next start. */
        FAILED
    }

    static PublicationStatus notStarted() {
        return new PublicationStatus(State.NOT_STARTED, 0, 0, 0, null, null, null, 0, 0);
    }

    static PublicationStatus running(int layers, Instant startedAt) {
        return new PublicationStatus(State.RUNNING, layers, 0, 0, startedAt, null, null, 0, 0);
    }

    PublicationStatus progressed(int reconciled, int recordsWritten) {
        return new PublicationStatus(state, layers, reconciled, recordsWritten, startedAt, finishedAt, error, 0, 0);
    }

    PublicationStatus done(int recordsWritten, Instant finishedAt) {
        return new PublicationStatus(State.DONE, layers, layers, recordsWritten, startedAt, finishedAt, null, 0, 0);
    }

    PublicationStatus failed(String error, Instant finishedAt) {
        return new PublicationStatus(State.FAILED, layers, reconciled, recordsWritten, startedAt, finishedAt, error,
                0, 0);
    }

    /** This status with the counts of catalog changes, which live apart from the reconciliation's progress. */
    PublicationStatus withChanges(int queued, int failed) {
        return new PublicationStatus(state, layers, reconciled, recordsWritten, startedAt, finishedAt, error, queued,
                failed);
    }
}
