package fr.crige.csw.output;

import fr.crige.csw.record.MetadataRecord;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An output schema plugin: how a stored ISO record is written in GetRecords and GetRecordById responses for
 * one {@code outputSchema} URI (Dublin Core, ISO 19139; DCAT comes as one more implementation).
 */
public interface OutputSchema {

    /** The outputSchema URI that selects this plugin, also the response's {@code recordSchema}. */
    String uri();

    /**
     * The XML namespaces the records use, declared once on the response element. Records written by
     * {@link #write} may rely on them or declare their own.
     */
    Map<String, String> namespaces();

    /** Writes the record at the writer's position, as an element of the response. */
    void write(MetadataRecord record, ElementSet elementSet, XMLStreamWriter writer) throws XMLStreamException;
}
