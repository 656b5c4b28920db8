package fr.crige.wms.featureinfo;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.Feature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code text/plain}: one block per feature, one {@code attribute = value} line per attribute, no geometry. */
final class PlainTextInfoFormat implements InfoFormat {

    @Override
    public String mimeType() {
        return "text/plain";
    }

    @Override
    public void write(List<LayerFeatures> results, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (results.stream().allMatch(r -> r.features().isEmpty())) {
            w.write("Aucun objet trouvé.\n");
        }
        for (LayerFeatures layer : results) {
            for (Feature f : layer.features()) {
                w.write("Couche '" + layer.layerName() + "', objet " + f.id() + "\n");
                for (AttributeDescriptor a : layer.schema().attributes()) {
                    if (!a.isGeometry()) {
                        Object v = f.get(a.name());
                        w.write(a.name() + " = " + (v == null ? "" : v) + "\n");
                    }
                }
                w.write("\n");
            }
        }
        w.flush();
    }
}
