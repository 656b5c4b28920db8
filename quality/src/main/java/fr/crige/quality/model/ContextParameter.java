package fr.crige.quality.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value a caller supplies with a delivery (the expected IDURBA, the approval date...) that conditions
 * compare rows with. Typed like a field so that comparisons are typed (dates as dates).
 *
 * <p>rule-model.md says context parameters are "supplied by the caller or derived from the folder name": a
 * CNIG PLU delivery is a folder named {@code <INSEE|SIREN>_<TYPEDOC>_<DATAPPRO>[_<CodeDU>]}, so its IDURBA and
 * approval date are known without asking. A standard declares that derivation with
 * {@code derivedFrom: {folderName: <regex>}}; the value is the regex's group named {@code value} when it has
 * one, else the whole folder name. A value the caller gives always wins over a derived one.
 *
 * @param name        parameter name, also the request parameter name
 * @param description what to give
 * @param type        how the value is parsed for comparisons
 * @param pattern     full-match regex the value must follow, or null
 * @param dateFormats accepted formats when the type is a date
 * @param folderName  full-match regex deriving the value from the delivered folder's name, or null when the
 *                    parameter is only supplied by the caller
 */
public record ContextParameter(String name, String description, FieldType type, Pattern pattern,
        List<String> dateFormats, Pattern folderName) {

    /** The regex group that holds the derived value, when the whole folder name is not the value. */
    public static final String VALUE_GROUP = "value";

    public ContextParameter {
        dateFormats = dateFormats == null || dateFormats.isEmpty() ? List.of("yyyy-MM-dd") : List.copyOf(dateFormats);
    }

    /** The value this parameter takes for a delivered folder of that name; empty when the name does not say. */
    public Optional<String> deriveFrom(String deliveredFolderName) {
        if (folderName == null || deliveredFolderName == null) {
            return Optional.empty();
        }
        Matcher m = folderName.matcher(deliveredFolderName);
        if (!m.matches()) {
            return Optional.empty();
        }
        // Java 17 has no Pattern.namedGroups(): a named group is recognised by its syntax
        boolean grouped = folderName.pattern().contains("(?<" + VALUE_GROUP + ">");
        return Optional.ofNullable(grouped ? m.group(VALUE_GROUP) : m.group());
    }
}
