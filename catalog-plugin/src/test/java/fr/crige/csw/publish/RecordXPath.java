package fr.crige.csw.publish;

import fr.crige.core.xml.PrefixNamespaces;
import fr.crige.core.xml.SecureXml;
import fr.crige.csw.CswNamespaces;
import fr.crige.csw.record.MetadataRecord;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/** XPath 1.0 over an ISO 19139 record with the usual prefixes, relative to {@code gmd:MD_Metadata}. */
final class RecordXPath {

    private static final Map<String, String> NS = Map.of("gmd", CswNamespaces.GMD, "gco", CswNamespaces.GCO,
            "srv", CswNamespaces.SRV, "gmx", CswNamespaces.GMX, "xlink", CswNamespaces.XLINK);

    private final Document doc;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    RecordXPath(MetadataRecord record) throws Exception {
        doc = SecureXml.newDocumentBuilderFactory().newDocumentBuilder().parse(new ByteArrayInputStream(record.xml()));
        xpath.setNamespaceContext(new PrefixNamespaces(NS));
    }

    /** The string value of an expression evaluated on the root element. */
    String eval(String expression) throws XPathExpressionException {
        return xpath.evaluate(expression, doc.getDocumentElement());
    }

    /** {@code count(expression)} as an integer. */
    int count(String expression) throws XPathExpressionException {
        return Integer.parseInt(eval("count(" + expression + ")"));
    }
}
