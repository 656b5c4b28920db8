package fr.crige.csw.output;

import fr.crige.ows.OwsException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The registered output schema plugins by URI; the first registered is the default (Dublin Core). */
public final class OutputSchemas {

    private final Map<String, OutputSchema> byUri = new LinkedHashMap<>();

    public OutputSchemas register(OutputSchema schema) {
        byUri.put(schema.uri(), schema);
        return this;
    }

    public Collection<OutputSchema> all() {
        return Collections.unmodifiableCollection(byUri.values());
    }

    /**
     * The plugin for the requested URI, or the default when none was requested.
     *
     * @throws OwsException InvalidParameterValue, locator outputSchema, for an unknown URI
     */
    public OutputSchema resolve(String uri) {
        if (uri == null || uri.isBlank()) {
            return byUri.values().iterator().next();
        }
        OutputSchema schema = byUri.get(uri.trim());
        if (schema == null) {
            throw OwsException.invalidParameter("outputSchema", "Unsupported outputSchema " + uri.trim()
                    + "; supported: " + String.join(", ", byUri.keySet()));
        }
        return schema;
    }
}
