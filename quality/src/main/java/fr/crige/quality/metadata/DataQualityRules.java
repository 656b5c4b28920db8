package fr.crige.quality.metadata;

import fr.crige.quality.model.Level;
import java.util.List;
import java.util.Set;

/**
 * §6 of metadata-quality.md: lineage (MD-DQ-1), a data quality report on the data set (MD-DQ-2), the
 * declaration of conformity to Regulation (EU) 1089/2010 in either official wording or the TG 2.0 anchor
 * form (MD-DQ-3), the degree of each conformity (MD-DQ-4), a declaration against a national standard (MD-DQ-5)
 * and the spatial resolution (MD-DQ-6).
 */
final class DataQualityRules implements MetadataRule {

    static final String REGULATION_EN = "Commission Regulation (EU) No 1089/2010 of 23 November 2010 implementing "
            + "Directive 2007/2/EC of the European Parliament and of the Council as regards interoperability of "
            + "spatial data sets and services";
    static final String REGULATION_FR = "Règlement (UE) n° 1089/2010 de la Commission du 23 novembre 2010 portant "
            + "modalités d'application de la directive 2007/2/CE du Parlement européen et du Conseil en ce qui "
            + "concerne l'interopérabilité des séries et des services de données géographiques";
    private static final Set<String> REGULATION_TITLES = Set.of(IsoValues.normalise(REGULATION_EN),
            IsoValues.normalise(REGULATION_FR));
    private static final String DQ = "gmd:dataQualityInfo/gmd:DQ_DataQuality";
    private static final String RESULT = DQ + "/gmd:report/*/gmd:result/gmd:DQ_ConformanceResult";

    @Override
    public void check(IsoRecord record, MetadataFindings out) {
        IsoElement md = record.root();
        List<IsoElement> results = md.all("gmd:dataQualityInfo/gmd:DQ_DataQuality/gmd:report/*/gmd:result"
                + "/gmd:DQ_ConformanceResult");
        for (IsoElement result : results) {
            degree(result, out);
        }
        if (!record.describesData()) {
            return;
        }
        boolean scoped = md.all(DQ).stream().anyMatch(q -> Set.of("dataset", "series")
                .contains(q.first("gmd:scope/*/gmd:level").map(IsoElement::codeListValue).orElse("")));
        if (!scoped) {
            out.add("MD-DQ-2", "METADATA_DATAQUALITY_NOT_FOUND", Level.ERROR, DQ + "/gmd:scope", null,
                    "dataset, series");
        }
        List<String> lineages = md.all(DQ + "/gmd:lineage/*/gmd:statement").stream().map(IsoElement::value)
                .filter(s -> !s.isBlank()).toList();
        if (lineages.isEmpty()) {
            out.missing("MD-DQ-1", "METADATA_LINEAGE_NOT_FOUND", Level.ERROR, DQ + "/gmd:lineage/*/gmd:statement");
        } else if (lineages.size() > 1) {
            out.add("MD-DQ-1", "METADATA_LINEAGE_MULTIPLE", Level.ERROR, DQ + "/gmd:lineage/*/gmd:statement",
                    String.valueOf(lineages.size()), "1");
        }
        regulation(results, out);
        resolution(record, out);
    }

    private static void degree(IsoElement result, MetadataFindings out) {
        String path = RESULT + "/gmd:pass";
        IsoElement pass = result.first("gmd:pass").orElse(null);
        String value = pass == null ? "" : pass.value();
        if (pass != null && value.isEmpty() && pass.attribute("gco:nilReason").isPresent()) {
            out.add("MD-DQ-4", "CNIG_METADATA_DEGREE_NOT_EVALUATED", Level.WARNING, path,
                    specification(result), "true / false");
        } else if (!value.equals("true") && !value.equals("false")) {
            out.add("MD-DQ-4", "METADATA_DEGREE_INVALID", Level.ERROR, path, value, "gco:Boolean true / false");
        }
    }

    private static void regulation(List<IsoElement> results, MetadataFindings out) {
        String path = RESULT + "/gmd:specification";
        List<IsoElement> regulation = results.stream().filter(DataQualityRules::citesRegulation).toList();
        if (regulation.isEmpty()) {
            out.add("MD-DQ-3", "METADATA_SPECIFICATION_1089_NOT_FOUND", Level.ERROR, path, null, REGULATION_EN);
            return;
        }
        for (IsoElement r : regulation) {
            List<IsoElement> dates = r.all("gmd:specification/*/gmd:date/gmd:CI_Date");
            boolean dated = dates.stream().anyMatch(d -> d.value("gmd:date").startsWith("2010-12-08")
                    && "publication".equals(d.first("gmd:dateType").map(IsoElement::codeListValue).orElse("")));
            if (!dated) {
                out.add("MD-DQ-3", "METADATA_SPECIFICATION_1089_DATE_INVALID", Level.ERROR, path + "/*/gmd:date",
                        dates.isEmpty() ? null : dates.get(0).value("gmd:date"), "2010-12-08 (publication)");
            }
        }
        if (regulation.size() == results.size()) {
            out.add("MD-DQ-5", "CNIG_METADATA_SPECIFICATION_NOT_FOUND", Level.WARNING, path, null,
                    "CNIG / COVADIS standard");
        }
    }

    private static boolean citesRegulation(IsoElement result) {
        IsoElement specification = result.first("gmd:specification").orElse(null);
        if (specification == null) {
            return false;
        }
        if (specification.attribute("xlink:href").orElse("").endsWith("/ir/reg-1089-2010")) {
            return true;
        }
        IsoElement title = specification.first("*/gmd:title").orElse(null);
        return title != null && (title.anchorHref().endsWith("/eli/reg/2010/1089")
                || REGULATION_TITLES.contains(IsoValues.normalise(title.value())));
    }

    private static String specification(IsoElement result) {
        return result.value("gmd:specification/*/gmd:title");
    }

    private static void resolution(IsoRecord record, MetadataFindings out) {
        String path = "gmd:identificationInfo/*/gmd:spatialResolution/gmd:MD_Resolution";
        List<IsoElement> resolutions = record.inIdentification("gmd:spatialResolution/gmd:MD_Resolution");
        if (resolutions.isEmpty()) {
            out.missing("MD-DQ-6", "METADATA_SPATIALRESOLUTION_NOT_FOUND", Level.ERROR, path);
        }
        for (IsoElement r : resolutions) {
            r.first("gmd:equivalentScale/*/gmd:denominator").map(IsoElement::value)
                    .filter(d -> !d.matches("[1-9][0-9]*")).ifPresent(d -> out.add("MD-DQ-6",
                            "METADATA_SPATIALRESOLUTION_INVALID_DENOMINATOR", Level.ERROR,
                            path + "/gmd:equivalentScale/*/gmd:denominator", d, "5000"));
            r.first("gmd:distance/*").filter(d -> !d.text().matches("[0-9]+(\\.[0-9]+)?")
                    || d.attribute("uom").orElse("").isBlank()).ifPresent(d -> out.add("MD-DQ-6",
                            "METADATA_SPATIALRESOLUTION_INVALID_DISTANCE", Level.ERROR, path + "/gmd:distance",
                            d.text(), "gco:Distance uom=\"m\""));
        }
    }
}
