package fr.crige.quality.engine;

import fr.crige.quality.model.ContextParameter;
import fr.crige.quality.model.FieldRule;
import fr.crige.quality.model.Standard;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the context parameters a caller supplies into typed values, checked against their declaration in
 * the standard. A value that does not follow its declaration is a caller error, not a finding: the delivery
 * cannot be judged against a wrong expectation.
 */
final class ContextValues {

    private ContextValues() {
    }

    /** @throws IllegalArgumentException naming the faulty parameter */
    static Map<String, Object> resolve(Standard standard, Map<String, String> parameters) {
        Map<String, Object> values = new HashMap<>();
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
            Object typed = ValueParser.parse(text, p.type(), p.dateFormats(), ".", FieldRule.DEFAULT_TRUE,
                    FieldRule.DEFAULT_FALSE);
            if (typed == null) {
                throw new IllegalArgumentException("context parameter " + name + "=" + text + " is not a valid "
                        + p.type().name().toLowerCase(java.util.Locale.ROOT)
                        + (p.type() == fr.crige.quality.model.FieldType.DATE ? " " + p.dateFormats() : ""));
            }
            values.put(name, typed);
        });
        return values;
    }
}
