package fr.crige.quality.metadata;

import fr.crige.quality.model.Level;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * §7 of metadata-quality.md for data sets and series: the coordinate reference system as an EPSG anchor
 * (MD-IO-1), the spatial representation type (MD-IO-2) and the character encoding of the data (MD-IO-3).
 */
final class InteroperabilityRules implements MetadataRule {

    private static final Pattern EPSG_URI = Pattern.compile("https?://www\\.opengis\\.net/def/crs/EPSG/0/[0-9]+");
    private static final Pattern EPSG_CODE = Pattern.compile("(?i)(EPSG:|urn:ogc:def:crs:EPSG::|urn:ogc:def:crs:EPSG:[0-9.]*:)?[0-9]{4,6}");
    private static final Set<String> REPRESENTATIONS = Set.of("vector", "grid", "textTable", "tin");

    @Override
    public void check(IsoRecord record, MetadataFindings out) {
        if (!record.describesData()) {
            return;
        }
        referenceSystems(record.root(), out);
        String path = "gmd:identificationInfo/*/gmd:spatialRepresentationType";
        List<String> types = record.inIdentification("gmd:spatialRepresentationType").stream()
                .map(IsoElement::codeListValue).toList();
        if (types.isEmpty()) {
            out.missing("MD-IO-2", "METADATA_SPATIALREPRESENTATIONTYPE_NOT_FOUND", Level.ERROR, path);
        }
        types.stream().filter(t -> !REPRESENTATIONS.contains(t)).forEach(t -> out.add("MD-IO-2",
                "METADATA_SPATIALREPRESENTATIONTYPE_INVALID", Level.ERROR, path, t, "vector, grid, textTable, tin"));
        if (record.inIdentification("gmd:characterSet").stream().allMatch(c -> c.codeListValue().isBlank())) {
            out.missing("MD-IO-3", "METADATA_DATA_CHARACTERSET_NOT_FOUND", Level.WARNING,
                    "gmd:identificationInfo/*/gmd:characterSet");
        }
    }

    private static void referenceSystems(IsoElement md, MetadataFindings out) {
        String path = "gmd:referenceSystemInfo/*/gmd:referenceSystemIdentifier/*/gmd:code";
        List<IsoElement> codes = md.all(path).stream().filter(c -> !c.value().isBlank()).toList();
        if (codes.isEmpty()) {
            out.missing("MD-IO-1", "CNIG_METADATA_REFERENCESYSTEMIDENTIFIER_NOT_FOUND", Level.ERROR, path);
        }
        for (IsoElement code : codes) {
            if (EPSG_URI.matcher(code.anchorHref()).matches()) {
                continue;
            }
            if (EPSG_CODE.matcher(code.value()).matches()) {
                out.add("MD-IO-1", "CNIG_METADATA_REFERENCESYSTEMIDENTIFIER_NOT_ANCHOR", Level.WARNING, path,
                        code.value(), "gmx:Anchor xlink:href=\"http://www.opengis.net/def/crs/EPSG/0/…\"");
            } else {
                out.add("MD-IO-1", "CNIG_METADATA_REFERENCESYSTEMIDENTIFIER_INVALID", Level.ERROR, path,
                        code.value(), "EPSG:2154");
            }
        }
    }
}
