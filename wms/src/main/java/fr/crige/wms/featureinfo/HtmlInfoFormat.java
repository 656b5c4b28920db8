package fr.crige.wms.featureinfo;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.Feature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code text/html}: a small French page with one table per layer, one row per feature and one column per
 * attribute (geometry left out), as map clients show it in a popup. Every value is HTML-escaped: attribute
 * values are data, not markup.
 */
final class HtmlInfoFormat implements InfoFormat {

    @Override
    public String mimeType() {
        return "text/html";
    }

    @Override
    public void write(List<LayerFeatures> results, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Informations</title>"
                + "<style>table{border-collapse:collapse;font:12px sans-serif;margin-bottom:8px}"
                + "th,td{border:1px solid #bbb;padding:2px 6px;text-align:left}th{background:#eee}"
                + "caption{font-weight:bold;text-align:left}</style></head><body>\n");
        boolean any = false;
        for (LayerFeatures layer : results) {
            if (layer.features().isEmpty()) {
                continue;
            }
            any = true;
            List<AttributeDescriptor> columns = layer.schema().attributes().stream()
                    .filter(a -> !a.isGeometry()).toList();
            w.write("<table><caption>" + esc(layer.title()) + "</caption>\n<tr>");
            for (AttributeDescriptor a : columns) {
                w.write("<th>" + esc(a.name()) + "</th>");
            }
            w.write("</tr>\n");
            for (Feature f : layer.features()) {
                w.write("<tr>");
                for (AttributeDescriptor a : columns) {
                    Object v = f.get(a.name());
                    w.write("<td>" + (v == null ? "" : esc(v.toString())) + "</td>");
                }
                w.write("</tr>\n");
            }
            w.write("</table>\n");
        }
        if (!any) {
            w.write("<p>Aucun objet trouvé à cet endroit.</p>\n");
        }
        w.write("</body></html>\n");
        w.flush();
    }

    /** Escapes the five characters that are markup in HTML text and attribute values. */
    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
