package fr.crige.csw;

import fr.crige.csw.record.MetadataRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** ISO 19139 records for tests: the samples of the data directory and small generated ones. */
public final class TestRecords {

    public static final Path SAMPLES = Path.of("../data-dir/csw/records");
    public static final String TREES_ID = "3f1c2a64-7d1e-4c5b-9a61-0c2f7b9e1a05";
    public static final String HEAT_ZONES_ID = "3f1c2a64-7d1e-4c5b-9a61-0c2f7b9e1a03";

    private TestRecords() {
    }

    /** A sample record of the data directory, such as {@code trees}. */
    public static byte[] sample(String layer) {
        try {
            return Files.readAllBytes(SAMPLES.resolve(layer + ".xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal valid record with the given values; {@code type} is the hierarchyLevel. */
    public static MetadataRecord record(String id, String title, String type, double west, double south) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" \
                xmlns:gco="http://www.isotc211.org/2005/gco">
                  <gmd:fileIdentifier><gco:CharacterString>%s</gco:CharacterString></gmd:fileIdentifier>
                  <gmd:hierarchyLevel><gmd:MD_ScopeCode codeList="x" codeListValue="%s"/></gmd:hierarchyLevel>
                  <gmd:dateStamp><gco:Date>2025-01-01</gco:Date></gmd:dateStamp>
                  <gmd:identificationInfo><gmd:MD_DataIdentification>
                    <gmd:citation><gmd:CI_Citation>
                      <gmd:title><gco:CharacterString>%s</gco:CharacterString></gmd:title>
                    </gmd:CI_Citation></gmd:citation>
                    <gmd:abstract><gco:CharacterString>Résumé de %s</gco:CharacterString></gmd:abstract>
                    <gmd:extent><gmd:EX_Extent><gmd:geographicElement><gmd:EX_GeographicBoundingBox>
                      <gmd:westBoundLongitude><gco:Decimal>%s</gco:Decimal></gmd:westBoundLongitude>
                      <gmd:eastBoundLongitude><gco:Decimal>%s</gco:Decimal></gmd:eastBoundLongitude>
                      <gmd:southBoundLatitude><gco:Decimal>%s</gco:Decimal></gmd:southBoundLatitude>
                      <gmd:northBoundLatitude><gco:Decimal>%s</gco:Decimal></gmd:northBoundLatitude>
                    </gmd:EX_GeographicBoundingBox></gmd:geographicElement></gmd:EX_Extent></gmd:extent>
                  </gmd:MD_DataIdentification></gmd:identificationInfo>
                </gmd:MD_Metadata>
                """.formatted(id, type, title, title, num(west), num(west + 0.5), num(south), num(south + 0.5));
        return new MetadataRecord(id, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
