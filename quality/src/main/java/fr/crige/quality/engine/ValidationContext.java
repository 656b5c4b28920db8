package fr.crige.quality.engine;

import java.util.Map;

/**
 * What a caller supplies with a delivery besides the file.
 *
 * @param parameters  context parameters of the standard (idurba, datappro...), by name
 * @param declaredCrs CRS the caller declares for a file that declares none, or null
 * @param progress    told how many rows were checked, for job progress
 */
public record ValidationContext(Map<String, String> parameters, String declaredCrs, ProgressListener progress) {

    public ValidationContext {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    public static ValidationContext of(Map<String, String> parameters, String declaredCrs) {
        return new ValidationContext(parameters, declaredCrs, ProgressListener.NONE);
    }

    /** Receives the number of rows checked so far. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = rows -> { };

        void rowsChecked(long rows);
    }
}
