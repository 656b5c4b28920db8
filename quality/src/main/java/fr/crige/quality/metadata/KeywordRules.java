package fr.crige.quality.metadata;

import fr.crige.quality.model.Level;
import java.util.List;

/**
 * §3 of metadata-quality.md: the INSPIRE theme keyword with its thesaurus citation (MD-KW-1, the keyword that
 * flags a record as INSPIRE), citations of controlled vocabularies (MD-KW-2) and the single-theme advice of
 * the CNIG (MD-KW-4).
 */
final class KeywordRules implements MetadataRule {

    static final String INSPIRE_THEMES = "GEMET - INSPIRE themes, version 1.0";
    private static final String PATH = "gmd:identificationInfo/*/gmd:descriptiveKeywords/gmd:MD_Keywords";

    @Override
    public void check(IsoRecord record, MetadataFindings out) {
        List<IsoElement> blocks = record.inIdentification("gmd:descriptiveKeywords/gmd:MD_Keywords");
        int themes = 0;
        for (IsoElement block : blocks) {
            List<IsoElement> keywords = block.all("gmd:keyword").stream().filter(k -> !k.value().isBlank()).toList();
            if (block.first("gmd:thesaurusName").isPresent()) {
                thesaurus(block, out);
                if (IsoValues.normalise(block.value("gmd:thesaurusName/*/gmd:title"))
                        .equals(IsoValues.normalise(INSPIRE_THEMES))) {
                    themes += keywords.size();
                }
            } else {
                keywords.stream().filter(IsoElement::isAnchor).findFirst().ifPresent(k -> out.add("MD-KW-2",
                        "METADATA_KEYWORD_THESAURUS_NOT_FOUND", Level.ERROR, PATH + "/gmd:keyword", k.value(),
                        "gmd:thesaurusName"));
            }
        }
        if (record.describesData() && themes == 0) {
            out.add("MD-KW-1", "METADATA_INSPIRETHEME_NOT_FOUND", Level.ERROR, PATH, null, INSPIRE_THEMES);
        }
        if (themes > 1) {
            out.add("MD-KW-4", "CNIG_METADATA_INSPIRETHEME_MULTIPLE", Level.WARNING, PATH, String.valueOf(themes), "1");
        }
    }

    /** MD-KW-2, and for the INSPIRE themes thesaurus MD-KW-1's exact date 2008-06-01 (publication). */
    private static void thesaurus(IsoElement block, MetadataFindings out) {
        String path = PATH + "/gmd:thesaurusName/*";
        String title = block.value("gmd:thesaurusName/*/gmd:title");
        List<IsoElement> dates = block.all("gmd:thesaurusName/*/gmd:date/gmd:CI_Date");
        if (title.isBlank()) {
            out.missing("MD-KW-2", "METADATA_THESAURUS_TITLE_NOT_FOUND", Level.ERROR, path + "/gmd:title");
        }
        boolean dated = dates.stream().anyMatch(d -> IsoValues.isIsoDate(d.value("gmd:date"))
                && !d.first("gmd:dateType").map(IsoElement::codeListValue).orElse("").isBlank());
        if (!dated) {
            out.add("MD-KW-2", "METADATA_THESAURUS_DATE_NOT_FOUND", Level.ERROR, path + "/gmd:date", title,
                    "date + dateType");
        } else if (IsoValues.normalise(title).equals(IsoValues.normalise(INSPIRE_THEMES))
                && dates.stream().noneMatch(d -> d.value("gmd:date").startsWith("2008-06-01")
                        && "publication".equals(d.first("gmd:dateType").map(IsoElement::codeListValue).orElse("")))) {
            out.add("MD-KW-1", "METADATA_INSPIRETHEME_THESAURUS_DATE_INVALID", Level.ERROR, path + "/gmd:date",
                    dates.get(0).value("gmd:date"), "2008-06-01 (publication)");
        }
    }
}
