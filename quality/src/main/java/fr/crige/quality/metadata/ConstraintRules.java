package fr.crige.quality.metadata;

import fr.crige.quality.model.Level;
import java.util.List;
import java.util.regex.Pattern;

/**
 * §4 of metadata-quality.md: limitations on public access as INSPIRE code list anchors (MD-CT-1), conditions
 * for access and use (MD-CT-2) and a licence a DCAT export can turn into {@code dct:license} (MD-CT-3,
 * MD-DCAT-2).
 */
final class ConstraintRules implements MetadataRule {

    private static final String LEGAL = "gmd:resourceConstraints/gmd:MD_LegalConstraints";
    private static final String PATH = "gmd:identificationInfo/*/" + LEGAL;
    private static final Pattern LIMITATION = Pattern.compile(
            "https?://inspire\\.ec\\.europa\\.eu/metadata-codelist/LimitationsOnPublicAccess/"
                    + "(noLimitations|INSPIRE_Directive_Article13_1[a-h])");

    @Override
    public void check(IsoRecord record, MetadataFindings out) {
        List<IsoElement> legal = record.inIdentification(LEGAL);
        accessConstraints(legal, out);
        useConditions(record, legal, out);
    }

    private static void accessConstraints(List<IsoElement> legal, MetadataFindings out) {
        List<IsoElement> access = legal.stream().filter(c -> c.all("gmd:accessConstraints").stream()
                .anyMatch(a -> "otherRestrictions".equals(a.codeListValue()))).toList();
        List<IsoElement> others = access.stream().flatMap(c -> c.all("gmd:otherConstraints").stream())
                .filter(o -> !o.value().isBlank()).toList();
        if (others.isEmpty()) {
            out.add("MD-CT-1", "METADATA_ACCESSCONSTRAINTS_NOT_FOUND", Level.ERROR, PATH + "/gmd:accessConstraints",
                    null, "otherRestrictions + otherConstraints");
            return;
        }
        if (others.stream().noneMatch(o -> LIMITATION.matcher(o.anchorHref()).matches())) {
            out.add("MD-CT-1", "METADATA_ACCESSCONSTRAINTS_NOT_ANCHOR", Level.ERROR, PATH + "/gmd:otherConstraints",
                    others.get(0).value(), "http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/…");
        }
    }

    private static void useConditions(IsoRecord record, List<IsoElement> legal, MetadataFindings out) {
        List<String> limitations = record.inIdentification("gmd:resourceConstraints/*/gmd:useLimitation").stream()
                .map(IsoElement::value).filter(v -> !v.isBlank()).toList();
        List<IsoElement> use = legal.stream().filter(c -> !c.all("gmd:useConstraints").isEmpty())
                .flatMap(c -> c.all("gmd:otherConstraints").stream()).filter(o -> !o.value().isBlank()).toList();
        if (limitations.isEmpty() && use.isEmpty()) {
            out.add("MD-CT-2", "METADATA_USECONDITIONS_NOT_FOUND", Level.ERROR, PATH + "/gmd:useConstraints", null,
                    "useConstraints + otherConstraints, or useLimitation");
            return;
        }
        boolean unknown = limitations.stream().anyMatch(ConstraintRules::unknownConditions)
                || use.stream().anyMatch(o -> unknownConditions(o.value()) || o.anchorHref().endsWith("conditionsUnknown"));
        if (unknown) {
            out.add("MD-CT-2", "CNIG_METADATA_USECONDITIONS_UNKNOWN", Level.WARNING, PATH + "/gmd:otherConstraints",
                    null, null);
        }
        if (!use.isEmpty() && use.stream().noneMatch(IsoElement::isAnchor)) {
            out.add("MD-CT-3", "CNIG_METADATA_LICENCE_NOT_ANCHOR", Level.WARNING, PATH + "/gmd:otherConstraints",
                    use.get(0).value(), "gmx:Anchor");
        } else if (use.isEmpty()) {
            out.add("MD-CT-3", "CNIG_METADATA_LICENCE_NOT_FOUND", Level.WARNING, PATH + "/gmd:useConstraints",
                    limitations.get(0), "useConstraints = license + gmx:Anchor");
        }
    }

    private static boolean unknownConditions(String text) {
        String t = IsoValues.normalise(text);
        return t.contains("conditions inconnues") || t.equals("conditions unknown");
    }
}
