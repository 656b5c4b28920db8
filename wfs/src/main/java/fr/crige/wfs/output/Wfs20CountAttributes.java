package fr.crige.wfs.output;

import fr.crige.wfs.getfeature.PageSummary;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The WFS 2.0 attributes of a feature or value collection that say what the page holds: numberMatched,
 * numberReturned and the next/previous links (the latter only when there is such a page).
 */
final class Wfs20CountAttributes {

    private Wfs20CountAttributes() {
    }

    static void write(XMLStreamWriter xml, PageSummary counts) throws XMLStreamException {
        xml.writeAttribute("numberMatched", counts.numberMatchedText());
        xml.writeAttribute("numberReturned", Long.toString(counts.numberReturned()));
        if (counts.next() != null) {
            xml.writeAttribute("next", counts.next());
        }
        if (counts.previous() != null) {
            xml.writeAttribute("previous", counts.previous());
        }
    }
}
