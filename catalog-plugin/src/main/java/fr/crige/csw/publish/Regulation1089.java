package fr.crige.csw.publish;

import fr.crige.csw.CswNamespaces;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Commission Regulation (EU) No 1089/2010 on the interoperability of spatial data sets and services, the
 * specification every INSPIRE data set record declares its conformity to, in the form of the INSPIRE metadata
 * Technical Guidance 2.0: the citation of the INSPIRE register and the ELI of the regulation as anchors, the
 * official title in the metadata language (French) and the publication date in the Official Journal.
 */
final class Regulation1089 {

    static final String CITATION = "http://inspire.ec.europa.eu/id/citation/ir/reg-1089-2010";
    static final String ELI = "http://data.europa.eu/eli/reg/2010/1089";
    static final String TITLE = "Règlement (UE) n° 1089/2010 de la Commission du 23 novembre 2010 portant "
            + "modalités d'application de la directive 2007/2/CE du Parlement européen et du Conseil en ce qui "
            + "concerne l'interopérabilité des séries et des services de données géographiques";
    static final String PUBLICATION = "2010-12-08";

    private Regulation1089() {
    }

    /**
     * Whether a {@code gmd:specification} cites the regulation, by either anchor or by a title naming it: the
     * English and French official titles both contain "1089/2010".
     */
    static boolean isCitedBy(Element specification) {
        if (specification.getAttributeNS(CswNamespaces.XLINK, "href").endsWith("/ir/reg-1089-2010")) {
            return true;
        }
        NodeList titles = specification.getElementsByTagNameNS(CswNamespaces.GMD, "title");
        if (titles.getLength() == 0) {
            return false;
        }
        Element title = (Element) titles.item(0);
        NodeList anchors = title.getElementsByTagNameNS(CswNamespaces.GMX, "Anchor");
        return title.getTextContent().contains("1089/2010") || anchors.getLength() > 0
                && ((Element) anchors.item(0)).getAttributeNS(CswNamespaces.XLINK, "href").endsWith("/eli/reg/2010/1089");
    }

    /**
     * A {@code gmd:report} declaring the conformity as not evaluated: {@code pass} nil with reason
     * {@code unknown}, as the INSPIRE metadata Technical Guidance 2.0 encodes it. Crige publishes the data as
     * its store holds it and has not tested it against the regulation, so it does not claim conformity.
     */
    static void writeNotEvaluated(IsoXmlWriter w) throws XMLStreamException {
        XMLStreamWriter x = w.stax();
        w.start("report");
        w.start("DQ_DomainConsistency");
        w.start("result");
        w.start("DQ_ConformanceResult");
        w.start("specification");
        x.writeAttribute("xlink", CswNamespaces.XLINK, "href", CITATION);
        w.start("CI_Citation");
        w.anchor("title", new Anchor(ELI, TITLE));
        w.citationDate(PUBLICATION, "publication");
        w.end();
        w.end();
        w.string("explanation", "La conformité des données à ce règlement n'a pas été évaluée.");
        w.nil("pass", "unknown");
        w.end();
        w.end();
        w.end();
        w.end();
    }
}
