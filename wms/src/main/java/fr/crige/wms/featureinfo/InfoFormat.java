package fr.crige.wms.featureinfo;

import fr.crige.wms.WmsErrors;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A GetFeatureInfo output format: its MIME type and how it writes the features found. */
public interface InfoFormat {

    /** The MIME type of the answer. */
    String mimeType();

    /** Other MIME types clients ask for the same format. */
    default List<String> aliases() {
        return List.of();
    }

    void write(List<LayerFeatures> results, OutputStream out) throws IOException;

    /** The formats offered, the first being the default. */
    static List<InfoFormat> all() {
        return List.of(new PlainTextInfoFormat(), new HtmlInfoFormat(), new GeoJsonInfoFormat(), new Gml2InfoFormat(),
                new Gml3InfoFormat());
    }

    /** Every MIME type accepted in INFO_FORMAT, aliases included, for the capabilities. */
    static List<String> advertised() {
        return all().stream().flatMap(InfoFormat::types).toList();
    }

    /**
     * The format of an INFO_FORMAT value; case, blanks and quotes around parameter values do not matter, and
     * parameters a format does not name (such as a charset) are ignored.
     *
     * @throws fr.crige.ows.OwsException InvalidFormat for an unknown INFO_FORMAT
     */
    static InfoFormat of(String mimeType) {
        String wanted = normalized(mimeType);
        for (InfoFormat format : all()) {
            for (String type : types(format).toList()) {
                String known = normalized(type);
                if (wanted.equals(known) || wanted.startsWith(known + ";")) {
                    return format;
                }
            }
        }
        throw WmsErrors.invalidFormat("INFO_FORMAT", mimeType);
    }

    private static Stream<String> types(InfoFormat format) {
        return Stream.concat(Stream.of(format.mimeType()), format.aliases().stream());
    }

    private static String normalized(String mimeType) {
        return mimeType.toLowerCase(Locale.ROOT).replaceAll("[\\s\"]", "");
    }
}
