package fr.crige.quality.engine;

import java.util.Map;

/**
 * What a caller supplies with a delivery besides the file.
 *
 * @param parameters  context parameters of the standard (idurba, datappro...), by name
 * @param declaredCrs CRS the caller declares for a file that declares none, or null
 * @param progress    told how many rows were checked, for job progress
 * @param folder      the delivered folder when the table came in an archive (document mode), else null: the
 *                    files named by {@code filename} fields are then looked up in it (ATTRIBUTE_FILE_NOT_FOUND);
 *                    a single uploaded file or a published layer has no folder, so that check does not apply
 */
public record ValidationContext(Map<String, String> parameters, String declaredCrs, ProgressListener progress,
        DeliveredFolder folder) {

    public ValidationContext {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** The context of a table checked on its own (no delivered folder), without progress reporting. */
    public static ValidationContext of(Map<String, String> parameters, String declaredCrs) {
        return new ValidationContext(parameters, declaredCrs, ProgressListener.NONE, null);
    }

    /** Receives the number of rows checked so far. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = rows -> { };

        void rowsChecked(long rows);
    }
}
