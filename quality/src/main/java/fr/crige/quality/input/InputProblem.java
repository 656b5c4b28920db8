package fr.crige.quality.input;

/**
 * A file that cannot be processed: it is reported as a finding (FILE_NOT_OPENED, FILE_ENCODING_INVALID)
 * that stops the processing of that file, not as a failure of the validation.
 */
public class InputProblem extends Exception {
    private final String code;

    public InputProblem(String code, String message) {
        super(message);
        this.code = code;
    }

    public InputProblem(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The finding code: FILE_NOT_OPENED or FILE_ENCODING_INVALID. */
    public String code() {
        return code;
    }

    public static InputProblem notOpened(String message, Throwable cause) {
        return new InputProblem("FILE_NOT_OPENED", message, cause);
    }

    public static InputProblem encoding(String message) {
        return new InputProblem("FILE_ENCODING_INVALID", message);
    }
}
