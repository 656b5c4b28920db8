package fr.crige.quality.metadata;

import fr.crige.quality.model.Level;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules on {@code gmd:distributionInfo}: resource locators (MD-ID-7), encodings (MD-IO-4) and the link
 * functions that the ISO→DCAT conversion of data.gouv.fr turns into downloadable resources (MD-DCAT-1).
 */
final class DistributionRules implements MetadataRule {

    private static final String PATH = "gmd:distributionInfo/*/gmd:transferOptions/*/gmd:onLine/gmd:CI_OnlineResource";
    private static final Pattern FILE = Pattern.compile("(?i).*\\.(zip|gpkg|geojson|json|csv|shp|gml|kml|xlsx|ods|7z)$");
    private static final Set<String> DOWNLOAD_FUNCTIONS = Set.of("download", "offlineAccess", "order");

    @Override
    public void check(IsoRecord record, MetadataFindings out) {
        IsoElement md = record.root();
        List<IsoElement> resources = md.all("gmd:distributionInfo").stream().flatMap(IsoElement::descendants)
                .filter(e -> e.is("gmd:CI_OnlineResource")).toList();
        List<IsoElement> linked = resources.stream().filter(r -> !r.value("gmd:linkage").isBlank()).toList();
        if (linked.isEmpty()) {
            out.missing("MD-ID-7", "METADATA_LOCATORS_EMPTY", Level.ERROR, PATH + "/gmd:linkage");
        }
        for (IsoElement r : linked) {
            locator(r, out);
        }
        if (record.describesData()) {
            formats(md, out);
        }
    }

    private static void locator(IsoElement resource, MetadataFindings out) {
        String url = resource.value("gmd:linkage");
        if (!IsoValues.isUrl(url)) {
            out.add("MD-ID-7", "METADATA_LOCATOR_URL_INVALID", Level.ERROR, PATH + "/gmd:linkage", url, "http(s)://…");
            return;
        }
        if (IsoValues.isPrivateHost(url)) {
            out.add("MD-ID-7", "METADATA_LOCATOR_NOT_PUBLIC", Level.WARNING, PATH + "/gmd:linkage", url, null);
        }
        String protocol = resource.value("gmd:protocol");
        if (protocol.isBlank()) {
            out.add("MD-ID-7", "METADATA_LOCATOR_PROTOCOL_NOT_FOUND", Level.WARNING, PATH + "/gmd:protocol", url, null);
        }
        if (resource.value("gmd:name").isBlank()) {
            out.add("MD-ID-7", "METADATA_LOCATOR_NAME_NOT_FOUND", Level.WARNING, PATH + "/gmd:name", url, null);
        }
        String function = resource.first("gmd:function").map(IsoElement::codeListValue).orElse("");
        String path = url.replaceFirst("[?#].*", "");
        if (FILE.matcher(path).matches() && !DOWNLOAD_FUNCTIONS.contains(function)) {
            out.add("MD-DCAT-1", "DCAT_DOWNLOAD_FUNCTION_NOT_FOUND", Level.WARNING, PATH + "/gmd:function", url,
                    "download");
        }
        boolean ogc = protocol.toUpperCase(Locale.ROOT).startsWith("OGC:") || protocol.contains("/ogc/");
        if (ogc && !url.toLowerCase(Locale.ROOT).contains("request=getcapabilities")) {
            out.add("MD-DCAT-1", "DCAT_SERVICE_URL_INCOMPLETE", Level.WARNING, PATH + "/gmd:linkage", url,
                    "…?SERVICE=…&REQUEST=GetCapabilities");
        }
    }

    private static void formats(IsoElement md, MetadataFindings out) {
        String path = "gmd:distributionInfo/*/gmd:distributionFormat/gmd:MD_Format";
        List<IsoElement> formats = md.all(path);
        if (formats.isEmpty()) {
            out.missing("MD-IO-4", "METADATA_DISTRIBUTIONFORMATS_EMPTY", Level.ERROR, path);
        }
        for (IsoElement f : formats) {
            if (f.value("gmd:name").isBlank()) {
                out.missing("MD-IO-4", "METADATA_DISTRIBUTIONFORMAT_NAME_NOT_FOUND", Level.ERROR, path + "/gmd:name");
            } else if (f.first("gmd:version").isEmpty()) {
                out.add("MD-IO-4", "METADATA_DISTRIBUTIONFORMAT_VERSION_NOT_FOUND", Level.ERROR, path + "/gmd:version",
                        f.value("gmd:name"), "version, « inconnue » / unknown");
            }
        }
    }
}
