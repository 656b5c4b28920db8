package fr.crige.quality.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A value a caller supplies with a delivery (the expected IDURBA, the approval date...) that conditions
 * compare rows with. Typed like a field so that comparisons are typed (dates as dates).
 *
 * @param name        parameter name, also the request parameter name
 * @param description what to give
 * @param type        how the value is parsed for comparisons
 * @param pattern     full-match regex the value must follow, or null
 * @param dateFormats accepted formats when the type is a date
 */
public record ContextParameter(String name, String description, FieldType type, Pattern pattern,
        List<String> dateFormats) {

    public ContextParameter {
        dateFormats = dateFormats == null || dateFormats.isEmpty() ? List.of("yyyy-MM-dd") : List.copyOf(dateFormats);
    }
}
