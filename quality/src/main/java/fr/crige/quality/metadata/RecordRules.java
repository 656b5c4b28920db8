package fr.crige.quality.metadata;

import fr.crige.quality.model.Level;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** §1 of metadata-quality.md: the record itself (identifier, language, contact, date, type). */
final class RecordRules implements MetadataRule {

    private static final Set<String> RESOURCE_TYPES = Set.of("dataset", "series", "service");

    @Override
    public void check(IsoRecord record, MetadataFindings out) {
        IsoElement md = record.root();
        fileIdentifier(md, out);
        language(md.first("gmd:language"), "gmd:language", "MD-GEN-4", "METADATA_METADATALANGUAGE", out);
        ResponsibleParties.check(md.all("gmd:contact/gmd:CI_ResponsibleParty"), "gmd:contact", "MD-GEN-5",
                "METADATA_METADATACONTACT", out);
        dateStamp(md, out);
        characterSet(md, out);
        String type = record.resourceType();
        if (type.isEmpty()) {
            out.missing("MD-GEN-8", "METADATA_TYPE_NOT_FOUND", Level.ERROR, "gmd:hierarchyLevel");
        } else if (!RESOURCE_TYPES.contains(type)) {
            out.add("MD-GEN-8", "METADATA_TYPE_INVALID", Level.ERROR, "gmd:hierarchyLevel", type,
                    "dataset, series, service");
        }
        if (record.describesData()) {
            int count = md.all("gmd:identificationInfo/gmd:MD_DataIdentification").size();
            if (count != 1) {
                out.add("MD-GEN-9", "METADATA_DATAIDENTIFICATION_COUNT", Level.ERROR, "gmd:identificationInfo",
                        String.valueOf(count), "1");
            }
        }
    }

    private static void fileIdentifier(IsoElement md, MetadataFindings out) {
        String id = md.value("gmd:fileIdentifier");
        if (id.isBlank()) {
            out.missing("MD-GEN-3", "METADATA_FILEIDENTIFIER_NOT_FOUND", Level.ERROR, "gmd:fileIdentifier");
        } else if (!id.matches("[A-Za-z0-9_.:-]+")) {
            out.add("MD-GEN-3", "METADATA_FILEIDENTIFIER_INVALID", Level.ERROR, "gmd:fileIdentifier", id,
                    "[A-Za-z0-9_.:-]");
        }
    }

    /** MD-GEN-4 and MD-ID-5: a {@code gmd:LanguageCode} with an ISO 639-2/B code. */
    static void language(Optional<IsoElement> language, String path, String ruleId, String code,
            MetadataFindings out) {
        if (language.isEmpty() || language.get().children().isEmpty() && language.get().text().isEmpty()) {
            out.missing(ruleId, code + "_NOT_FOUND", Level.ERROR, path);
            return;
        }
        IsoElement l = language.get();
        if (l.first("gmd:LanguageCode").isEmpty()) {
            out.add(ruleId, code + "_NOT_LANGUAGECODE", Level.ERROR, path, l.value(), "gmd:LanguageCode");
            return;
        }
        String value = l.codeListValue();
        String problem = IsoValues.languageProblem(value);
        if (problem != null) {
            out.add(ruleId, code + "_INVALID", Level.ERROR, path + "/gmd:LanguageCode/@codeListValue", value,
                    problem);
        }
    }

    private static void dateStamp(IsoElement md, MetadataFindings out) {
        List<IsoElement> values = md.all("gmd:dateStamp/*");
        if (values.isEmpty() || values.get(0).text().isBlank()) {
            out.missing("MD-GEN-6", "METADATA_METADATADATE_NOT_FOUND", Level.ERROR, "gmd:dateStamp");
        } else if (!(values.get(0).is("gco:Date") || values.get(0).is("gco:DateTime"))
                || !IsoValues.isIsoDate(values.get(0).text())) {
            out.add("MD-GEN-6", "METADATA_METADATADATE_INVALID", Level.ERROR, "gmd:dateStamp",
                    values.get(0).text(), "gco:Date yyyy-mm-dd / gco:DateTime");
        }
    }

    private static void characterSet(IsoElement md, MetadataFindings out) {
        String charset = md.first("gmd:characterSet").map(IsoElement::codeListValue).orElse("");
        if (charset.isBlank()) {
            out.missing("MD-GEN-7", "METADATA_CHARACTERSET_NOT_FOUND", Level.WARNING, "gmd:characterSet");
        } else if (!charset.equals("utf8")) {
            out.add("MD-GEN-7", "METADATA_CHARACTERSET_INVALID", Level.WARNING, "gmd:characterSet", charset, "utf8");
        }
    }
}
