package fr.crige.csw.output;

import fr.crige.csw.record.MetadataRecord;
import fr.crige.ows.OwsException;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An output schema plugin: how a stored ISO record is written in GetRecords and GetRecordById responses for
 * one {@code outputSchema} URI (Dublin Core, ISO 19139; DCAT comes as one more implementation).
 */
public interface OutputSchema {

    /** Writes one record at the writer's position, as an element of the response. */
    @FunctionalInterface
    interface RecordWriter {
        void write(MetadataRecord record, XMLStreamWriter writer) throws XMLStreamException;
    }

    /** The outputSchema URI that selects this plugin, also the response's {@code recordSchema}. */
    String uri();

    /**
     * The XML namespaces the records use, declared once on the response element. Records written by
     * {@link #write} may rely on them or declare their own.
     */
    Map<String, String> namespaces();

    /** Writes the record at the writer's position, as an element of the response. */
    void write(MetadataRecord record, ElementSet elementSet, XMLStreamWriter writer) throws XMLStreamException;

    /**
     * The writer of records holding only the named elements (GetRecords {@code ElementName}, OGC 07-006r1
     * 10.8.4.9), resolved before anything is written so that a bad name is reported as an exception rather
     * than in the middle of a streamed response.
     *
     * @throws OwsException InvalidParameterValue, locator ElementName, for a name this schema cannot return
     *                      on its own (every name, for a schema without ElementName support)
     */
    RecordWriter elements(List<QName> elementNames);
}
