package fr.crige.csw.publish;

import fr.crige.core.xml.SecureXml;
import fr.crige.csw.CswNamespaces;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The conformity results that the quality module writes into a generated record after evaluating the data
 * against a specification other than Regulation 1089/2010 (a CNIG standard, a data specification): the
 * {@code gmd:report} elements holding a {@code DQ_DomainConsistency} whose {@code DQ_ConformanceResult} cites
 * such a specification. Crige cannot recompute them, so a rebuilt record carries them over unchanged; the
 * declaration about Regulation 1089/2010 is the record writer's own and is written afresh.
 */
final class QualityReports {

    private QualityReports() {
    }

    /** The reports to carry over from a previous version of a record, in document order. */
    static List<Element> carriedOver(byte[] record) {
        Document doc = parse(record);
        List<Element> kept = new ArrayList<>();
        NodeList reports = doc.getElementsByTagNameNS(CswNamespaces.GMD, "report");
        for (int i = 0; i < reports.getLength(); i++) {
            Element report = (Element) reports.item(i);
            if (inDataQuality(report) && isOtherConformity(report)) {
                kept.add(report);
            }
        }
        return kept;
    }

    private static boolean inDataQuality(Element report) {
        return report.getParentNode() instanceof Element quality && "DQ_DataQuality".equals(quality.getLocalName())
                && quality.getParentNode() instanceof Element info && "dataQualityInfo".equals(info.getLocalName());
    }

    private static boolean isOtherConformity(Element report) {
        Element consistency = child(report, "DQ_DomainConsistency");
        Element result = consistency == null ? null : child(child(consistency, "result"), "DQ_ConformanceResult");
        Element specification = result == null ? null : child(result, "specification");
        return specification != null && !Regulation1089.isCitedBy(specification);
    }

    private static Element child(Element parent, String local) {
        if (parent == null) {
            return null;
        }
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && CswNamespaces.GMD.equals(e.getNamespaceURI())
                    && local.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Document parse(byte[] record) {
        try {
            return SecureXml.newDocumentBuilderFactory().newDocumentBuilder().parse(new ByteArrayInputStream(record));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("Cannot read the previous version of a generated record", e);
        }
    }
}
