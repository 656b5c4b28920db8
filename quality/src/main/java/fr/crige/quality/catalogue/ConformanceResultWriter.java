package fr.crige.quality.catalogue;

import fr.crige.core.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Writes a {@link ConformanceStatement} into an ISO 19139 record: the {@code DQ_ConformanceResult} whose
 * specification has the same title is replaced, else one is added to the data set's {@code DQ_DataQuality}
 * (created when the record has none), at the place the ISO schema orders it. The record's {@code dateStamp}
 * moves to now, since harvesting catalogues re-fetch only records whose date changed. Everything else in
 * the record is kept as it is; a record is edited as a DOM because the change is a structural insertion.
 */
public final class ConformanceResultWriter {

    static final String GMD = "http://www.isotc211.org/2005/gmd";
    static final String GCO = "http://www.isotc211.org/2005/gco";
    private static final String CODE_LISTS = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#";
    /** The MD_Metadata properties that follow dataQualityInfo in the ISO 19139 sequence. */
    private static final Set<String> AFTER_DATA_QUALITY = Set.of("portrayalCatalogueInfo", "metadataConstraints",
            "applicationSchemaInfo", "metadataMaintenance", "series", "describes", "propertyType", "featureType",
            "featureAttribute");

    /**
     * @throws IllegalArgumentException when the bytes are not an ISO 19139 record
     */
    public byte[] write(byte[] record, ConformanceStatement statement, OffsetDateTime now) {
        Document doc = parse(record);
        Element root = doc.getDocumentElement();
        if (!GMD.equals(root.getNamespaceURI()) || !"MD_Metadata".equals(root.getLocalName())) {
            throw new IllegalArgumentException("not an ISO 19139 record: " + root.getNodeName());
        }
        Element result = conformanceResult(doc, statement);
        Element existing = existingResult(root, statement.specificationTitle());
        if (existing != null) {
            existing.getParentNode().replaceChild(result, existing);
        } else {
            Element quality = dataQuality(doc, root);
            Element report = gmd(doc, "report");
            report.appendChild(gmd(doc, "DQ_DomainConsistency")).appendChild(gmd(doc, "result")).appendChild(result);
            quality.insertBefore(report, firstChild(quality, "lineage"));
        }
        touchDateStamp(root, now);
        return serialise(doc);
    }

    private static Element conformanceResult(Document doc, ConformanceStatement s) {
        Element result = gmd(doc, "DQ_ConformanceResult");
        Element citation = gmd(doc, "CI_Citation");
        result.appendChild(gmd(doc, "specification")).appendChild(citation);
        citation.appendChild(gmd(doc, "title")).appendChild(text(doc, "CharacterString", s.specificationTitle()));
        Element date = gmd(doc, "date");
        citation.appendChild(date);
        if (s.specificationDate() == null) {
            date.setAttributeNS(GCO, "gco:nilReason", "unknown");
        } else {
            Element ciDate = gmd(doc, "CI_Date");
            date.appendChild(ciDate);
            ciDate.appendChild(gmd(doc, "date")).appendChild(text(doc, "Date", s.specificationDate()));
            Element code = gmd(doc, "CI_DateTypeCode");
            code.setAttribute("codeList", CODE_LISTS + "CI_DateTypeCode");
            code.setAttribute("codeListValue", "publication");
            code.setTextContent("publication");
            ciDate.appendChild(gmd(doc, "dateType")).appendChild(code);
        }
        result.appendChild(gmd(doc, "explanation")).appendChild(text(doc, "CharacterString", s.explanation()));
        result.appendChild(gmd(doc, "pass")).appendChild(text(doc, "Boolean", String.valueOf(s.pass())));
        return result;
    }

    /** The conformance result citing a specification of that title (compared without case and spacing). */
    private static Element existingResult(Element root, String title) {
        for (Element result : descendants(root, "DQ_ConformanceResult")) {
            for (Element t : descendants(result, "title")) {
                if (t.getParentNode() instanceof Element citation && "CI_Citation".equals(citation.getLocalName())
                        && normalise(t.getTextContent()).equals(normalise(title))) {
                    return result;
                }
            }
        }
        return null;
    }

    /** The DQ_DataQuality of the data set (scope dataset or series), else the first, else a new one. */
    private static Element dataQuality(Document doc, Element root) {
        List<Element> all = descendants(root, "DQ_DataQuality");
        for (Element q : all) {
            for (Element level : descendants(q, "MD_ScopeCode")) {
                if (Set.of("dataset", "series").contains(level.getAttribute("codeListValue"))) {
                    return q;
                }
            }
        }
        if (!all.isEmpty()) {
            return all.get(0);
        }
        Element info = gmd(doc, "dataQualityInfo");
        Element quality = gmd(doc, "DQ_DataQuality");
        Element scope = gmd(doc, "MD_ScopeCode");
        scope.setAttribute("codeList", CODE_LISTS + "MD_ScopeCode");
        scope.setAttribute("codeListValue", "dataset");
        scope.setTextContent("dataset");
        quality.appendChild(gmd(doc, "scope")).appendChild(gmd(doc, "DQ_Scope")).appendChild(gmd(doc, "level"))
                .appendChild(scope);
        info.appendChild(quality);
        Node before = null;
        for (Node n = root.getFirstChild(); n != null && before == null; n = n.getNextSibling()) {
            if (n instanceof Element e && GMD.equals(e.getNamespaceURI()) && AFTER_DATA_QUALITY.contains(e.getLocalName())) {
                before = n;
            }
        }
        root.insertBefore(info, before);
        return quality;
    }

    private static void touchDateStamp(Element root, OffsetDateTime now) {
        Element stamp = firstChild(root, "dateStamp");
        if (stamp == null) {
            return;
        }
        OffsetDateTime utc = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        for (Node n = stamp.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element value && GCO.equals(value.getNamespaceURI())) {
                value.setTextContent("Date".equals(value.getLocalName()) ? utc.toLocalDate().toString()
                        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(utc));
            }
        }
    }

    private static Element firstChild(Element parent, String gmdLocalName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && GMD.equals(e.getNamespaceURI()) && gmdLocalName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> descendants(Element parent, String gmdLocalName) {
        NodeList nodes = parent.getElementsByTagNameNS(GMD, gmdLocalName);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    private static Element gmd(Document doc, String localName) {
        return doc.createElementNS(GMD, "gmd:" + localName);
    }

    private static Element text(Document doc, String gcoLocalName, String value) {
        Element e = doc.createElementNS(GCO, "gco:" + gcoLocalName);
        e.setTextContent(value);
        return e;
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Document parse(byte[] record) {
        try {
            return SecureXml.newDocumentBuilderFactory().newDocumentBuilder().parse(new ByteArrayInputStream(record));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("unreadable record: " + e.getMessage(), e);
        }
    }

    private static byte[] serialise(Document doc) {
        try {
            Transformer t = SecureXml.newTransformerFactory().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("record not serialisable", e);
        }
    }
}
