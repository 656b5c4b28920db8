package fr.crige.quality.engine;

import fr.crige.quality.model.ContextParameter;
import fr.crige.quality.model.FieldRule;
import fr.crige.quality.model.FieldType;
import fr.crige.quality.model.Standard;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the context parameters of a check into typed values: those the caller supplies, checked against their
 * declaration in the standard, over those the standard derives from the delivered folder's name. A supplied
 * value that does not follow its declaration is a caller error, not a finding: the delivery cannot be judged
 * against a wrong expectation. A folder name that does not give a valid value derives nothing (the folder
 * name rule of the document reports the name), so the conditions that need the value are skipped.
 */
final class ContextValues {

    private ContextValues() {
    }

    /**
     * @param folder the delivered folder, or null for a single file or a published layer
     * @throws IllegalArgumentException naming the faulty supplied parameter
     */
    static Map<String, Object> resolve(Standard standard, Map<String, String> parameters, DeliveredFolder folder) {
        Map<String, Object> values = new HashMap<>();
        if (folder != null) {
            for (ContextParameter p : standard.context()) {
                p.deriveFrom(folder.name()).filter(text -> p.pattern() == null || p.pattern().matcher(text).matches())
                        .map(text -> typed(p, text)).ifPresent(typed -> values.put(p.name(), typed));
            }
        }
        parameters.forEach((name, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            ContextParameter p = standard.contextParameter(name).orElse(null);
            if (p == null) {
                values.put(name, text);
                return;
            }
            if (p.pattern() != null && !p.pattern().matcher(text).matches()) {
                throw new IllegalArgumentException("context parameter " + name + "=" + text + " does not match "
                        + p.pattern().pattern());
            }
            Object typed = typed(p, text);
            if (typed == null) {
                throw new IllegalArgumentException("context parameter " + name + "=" + text + " is not a valid "
                        + p.type().name().toLowerCase(Locale.ROOT)
                        + (p.type() == FieldType.DATE ? " " + p.dateFormats() : ""));
            }
            values.put(name, typed);
        });
        return values;
    }

    /** The value parsed with the parameter's type, or null when it does not parse. */
    private static Object typed(ContextParameter p, String text) {
        return ValueParser.parse(text, p.type(), p.dateFormats(), ".", FieldRule.DEFAULT_TRUE, FieldRule.DEFAULT_FALSE);
    }
}
