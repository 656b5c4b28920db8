package fr.crige.quality.metadata;

import fr.crige.quality.model.Level;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * §2 of metadata-quality.md: title, abstract, resource identifier and language, topic category, bounding box
 * and temporal reference of {@code gmd:identificationInfo[1]/*}.
 */
final class IdentificationRules implements MetadataRule {

    private static final String ID = "gmd:identificationInfo/*/";
    private static final String CITATION = "gmd:citation/*/";
    private static final Set<String> PLACEHOLDERS = Set.of("non renseigné", "non renseigne", "rédaction réservée",
            "sans titre", "titre", "untitled", "title", "à compléter", "a completer", "todo", "-");
    /** The 19 values of MD_TopicCategoryCode. */
    private static final Set<String> TOPIC_CATEGORIES = Set.of("farming", "biota", "boundaries",
            "climatologyMeteorologyAtmosphere", "economy", "elevation", "environment", "geoscientificInformation",
            "health", "imageryBaseMapsEarthCover", "intelligenceMilitary", "inlandWaters", "location", "oceans",
            "planningCadastre", "society", "structure", "transportation", "utilitiesCommunication");

    @Override
    public void check(IsoRecord record, MetadataFindings out) {
        if (record.identification().isEmpty()) {
            out.missing("MD-ID-1", "METADATA_IDENTIFICATION_NOT_FOUND", Level.ERROR, "gmd:identificationInfo");
            return;
        }
        IsoElement id = record.identification().get();
        title(id.value(CITATION + "gmd:title"), out);
        abstractText(id, out);
        identifiers(id, out);
        if (record.describesData()) {
            RecordRules.language(id.first("gmd:language"), ID + "gmd:language", "MD-ID-5", "METADATA_LANGUAGE", out);
            topicCategories(id, out);
            boundingBoxes(id, out);
        }
        dates(id, out);
    }

    private static void title(String title, MetadataFindings out) {
        String path = ID + CITATION + "gmd:title";
        if (title.isBlank()) {
            out.missing("MD-ID-1", "METADATA_TITLE_NOT_FOUND", Level.ERROR, path);
            return;
        }
        if (PLACEHOLDERS.contains(IsoValues.normalise(title))) {
            out.add("MD-ID-1", "METADATA_TITLE_PLACEHOLDER", Level.ERROR, path, title, null);
        }
        if (title.length() > 250) {
            out.add("MD-ID-2", "CNIG_METADATA_TITLE_TOO_LONG", Level.WARNING, path, title, "250");
        } else if (title.matches("[\\p{Lu}0-9_ .-]{1,12}")) {
            out.add("MD-ID-2", "CNIG_METADATA_TITLE_ACRONYM", Level.WARNING, path, title, null);
        }
    }

    private static void abstractText(IsoElement id, MetadataFindings out) {
        List<IsoElement> abstracts = id.all("gmd:abstract");
        String path = ID + "gmd:abstract";
        String text = abstracts.isEmpty() ? "" : abstracts.get(0).value();
        if (text.isBlank()) {
            out.missing("MD-ID-3", "METADATA_ABSTRACT_NOT_FOUND", Level.ERROR, path);
        } else if (abstracts.size() > 1) {
            out.add("MD-ID-3", "METADATA_ABSTRACT_MULTIPLE", Level.ERROR, path, String.valueOf(abstracts.size()), "1");
        } else if (IsoValues.normalise(text).equals(IsoValues.normalise(id.value(CITATION + "gmd:title")))) {
            out.add("MD-ID-3", "METADATA_ABSTRACT_SAME_AS_TITLE", Level.ERROR, path, text, null);
        }
    }

    private static void identifiers(IsoElement id, MetadataFindings out) {
        String path = ID + CITATION + "gmd:identifier/*/gmd:code";
        List<IsoElement> identifiers = id.all(CITATION + "gmd:identifier/*").stream()
                .filter(i -> !i.value("gmd:code").isBlank()).toList();
        if (identifiers.isEmpty()) {
            out.missing("MD-ID-4", "METADATA_IDENTIFIER_NOT_FOUND", Level.ERROR, path);
            return;
        }
        for (IsoElement identifier : identifiers) {
            String code = identifier.value("gmd:code");
            if (!IsoValues.isUrl(code) && identifier.value("gmd:codeSpace").isBlank()) {
                out.add("MD-ID-4", "CNIG_METADATA_IDENTIFIER_INVALID", Level.INFO, path, code,
                        "namespace + local id (http(s) URI or codeSpace)");
            }
        }
    }

    private static void topicCategories(IsoElement id, MetadataFindings out) {
        List<IsoElement> categories = id.all("gmd:topicCategory/gmd:MD_TopicCategoryCode");
        String path = ID + "gmd:topicCategory";
        if (categories.isEmpty()) {
            out.missing("MD-ID-6", "METADATA_TOPICCATEGORY_NOT_FOUND", Level.ERROR, path);
        }
        for (IsoElement c : categories) {
            if (!TOPIC_CATEGORIES.contains(c.text())) {
                out.add("MD-ID-6", "METADATA_TOPICCATEGORY_INVALID", Level.ERROR, path, c.text(), "MD_TopicCategoryCode");
            }
        }
    }

    private static void boundingBoxes(IsoElement id, MetadataFindings out) {
        String path = ID + "gmd:extent/*/gmd:geographicElement/gmd:EX_GeographicBoundingBox";
        List<IsoElement> boxes = id.all("gmd:extent/*/gmd:geographicElement/gmd:EX_GeographicBoundingBox");
        if (boxes.isEmpty()) {
            out.missing("MD-ID-8", "METADATA_EXTENTS_EMPTY", Level.ERROR, path);
        }
        for (IsoElement box : boxes) {
            String[] names = {"westBoundLongitude", "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude"};
            double[] v = new double[4];
            StringBuilder written = new StringBuilder();
            boolean parsed = true;
            for (int i = 0; i < 4; i++) {
                String text = box.value("gmd:" + names[i]);
                written.append(i == 0 ? "" : ", ").append(names[i].substring(0, 1).toUpperCase(Locale.ROOT))
                        .append('=').append(text);
                try {
                    v[i] = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    parsed = false;
                }
            }
            if (!parsed || v[0] < -180 || v[0] > v[1] || v[1] > 180 || v[2] < -90 || v[2] > v[3] || v[3] > 90) {
                out.add("MD-ID-8", "METADATA_EXTENT_INVALID", Level.ERROR, path, written.toString(),
                        "-180 ≤ W ≤ E ≤ 180, -90 ≤ S ≤ N ≤ 90");
            }
        }
    }

    private static void dates(IsoElement id, MetadataFindings out) {
        String path = ID + CITATION + "gmd:date";
        List<IsoElement> dates = id.all(CITATION + "gmd:date/gmd:CI_Date");
        int creation = 0;
        int revision = 0;
        boolean reference = false;
        for (IsoElement date : dates) {
            String type = date.first("gmd:dateType").map(IsoElement::codeListValue).orElse("");
            String value = date.value("gmd:date");
            creation += "creation".equals(type) ? 1 : 0;
            revision += "revision".equals(type) ? 1 : 0;
            if (!Set.of("creation", "publication", "revision").contains(type)) {
                out.add("MD-ID-9", "METADATA_DATETYPE_INVALID", Level.ERROR, path + "/*/gmd:dateType", type,
                        "creation, publication, revision");
            } else if (!IsoValues.isIsoDate(value)) {
                out.add("MD-ID-9", "METADATA_DATEOF" + type.toUpperCase(Locale.ROOT) + "_INVALID", Level.ERROR,
                        path + "/*/gmd:date", value, "yyyy-mm-dd");
            } else {
                reference = true;
            }
        }
        List<IsoElement> temporal = id.all("gmd:extent/*/gmd:temporalElement/*/gmd:extent/*");
        if (!reference && temporal.isEmpty()) {
            out.missing("MD-ID-9", "METADATA_DATES_NOT_FOUND", Level.ERROR, path);
        }
        if (creation > 1) {
            out.add("MD-ID-10", "METADATA_DATEOFCREATION_MULTIPLE", Level.ERROR, path, String.valueOf(creation), "1");
        }
        if (revision > 1) {
            out.add("MD-ID-11", "METADATA_DATEOFLASTREVISION_MULTIPLE", Level.ERROR, path, String.valueOf(revision),
                    "1");
        }
        for (IsoElement t : temporal) {
            boolean instant = t.is("gml:TimeInstant") && !t.value("gml:timePosition").isBlank();
            boolean period = t.is("gml:TimePeriod") && (!t.value("gml:beginPosition").isBlank()
                    || !t.first("gml:begin").isEmpty());
            if (!instant && !period) {
                out.add("MD-ID-12", "METADATA_TEMPORALEXTENT_INVALID", Level.ERROR,
                        ID + "gmd:extent/*/gmd:temporalElement", t.qualifiedName(), "gml:TimeInstant, gml:TimePeriod");
            }
        }
    }
}
