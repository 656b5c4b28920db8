package fr.crige.wfs.output;

import fr.crige.core.ext.TypedRegistry;
import fr.crige.ows.OwsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The GetFeature output formats by outputFormat value. Values are matched ignoring case and white space, since
 * clients write {@code application/gml+xml; version=3.2} with and without the blank. A new format is one
 * {@link FeatureOutputFormat} registered here.
 */
public final class OutputFormats {

    private final TypedRegistry<FeatureOutputFormat> byName = TypedRegistry.of("WFS output format");
    private final List<FeatureOutputFormat> formats = new ArrayList<>();

    public OutputFormats register(FeatureOutputFormat format) {
        formats.add(format);
        format.names().forEach(name -> byName.register(normalize(name), format));
        return this;
    }

    /**
     * The format of an outputFormat value; null selects the first registered format.
     *
     * @throws OwsException InvalidParameterValue (outputFormat) for an unknown value
     */
    public FeatureOutputFormat get(String outputFormat) {
        return get(outputFormat, formats.get(0).names().get(0));
    }

    /**
     * The format of an outputFormat value, or of {@code defaultFormat} when the request names none (each WFS
     * version has its own default GML).
     *
     * @throws OwsException InvalidParameterValue (outputFormat) for an unknown value
     */
    public FeatureOutputFormat get(String outputFormat, String defaultFormat) {
        if (outputFormat == null || outputFormat.isBlank()) {
            return byName.find(normalize(defaultFormat)).orElseThrow(() -> new IllegalStateException(
                    "No output format " + defaultFormat + " is registered"));
        }
        return byName.find(normalize(outputFormat)).orElseThrow(() -> OwsException.invalidParameter(
                "outputFormat", "Unsupported outputFormat " + outputFormat + "; supported: " + advertised()));
    }

    /** The main name of every format, for the capabilities. */
    public List<String> advertised() {
        return formats.stream().map(f -> f.names().get(0)).toList();
    }

    private static String normalize(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
