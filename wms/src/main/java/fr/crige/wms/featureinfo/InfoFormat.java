package fr.crige.wms.featureinfo;

import fr.crige.wms.WmsErrors;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** A GetFeatureInfo output format: its MIME type and how it writes the features found. */
public interface InfoFormat {

    String mimeType();

    void write(List<LayerFeatures> results, OutputStream out) throws IOException;

    /** The formats offered, the first being the default. */
    static List<InfoFormat> all() {
        return List.of(new PlainTextInfoFormat(), new HtmlInfoFormat(), new GeoJsonInfoFormat(), new Gml2InfoFormat());
    }

    static List<String> advertised() {
        return all().stream().map(InfoFormat::mimeType).toList();
    }

    /** @throws fr.crige.ows.OwsException InvalidFormat for an unknown INFO_FORMAT */
    static InfoFormat of(String mimeType) {
        String wanted = mimeType.trim().toLowerCase(Locale.ROOT);
        return all().stream().filter(f -> wanted.equals(f.mimeType()) || wanted.startsWith(f.mimeType() + ";"))
                .findFirst().orElseThrow(() -> WmsErrors.invalidFormat("INFO_FORMAT", mimeType));
    }
}
