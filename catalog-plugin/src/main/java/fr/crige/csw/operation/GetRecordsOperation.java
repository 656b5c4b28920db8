package fr.crige.csw.operation;

import fr.crige.core.store.InvalidQueryException;
import fr.crige.csw.CswNamespaces;
import fr.crige.csw.output.OutputSchema;
import fr.crige.csw.output.OutputSchemas;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.request.GetRecordsKvpReader;
import fr.crige.csw.request.GetRecordsRequest;
import fr.crige.csw.request.GetRecordsXmlReader;
import fr.crige.csw.store.RecordPage;
import fr.crige.csw.store.RecordQuery;
import fr.crige.csw.store.RecordStore;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GetRecords (OGC 07-006r1, 10.8): searches the store and writes a {@code csw:GetRecordsResponse} with the
 * records in the requested output schema and element set.
 *
 * <p>The counts are exact: numberOfRecordsMatched is the filter's total, numberOfRecordsReturned the records
 * in this response, and nextRecord the position to ask for next, or 0 when this page reaches the last record
 * (a harvester stops on 0). {@code resultType=hits} returns the counts without records,
 * {@code validate} checks the request and acknowledges it without searching. With ElementName instead of
 * ElementSetName, records hold the named elements only, as far as the output schema supports it
 * ({@link OutputSchema#elements}); the names are checked before the search.
 */
public final class GetRecordsOperation implements OwsOperation {

    private final RecordStore store;
    private final GetRecordsKvpReader kvpReader;
    private final GetRecordsXmlReader xmlReader;
    private final OutputSchemas schemas;

    public GetRecordsOperation(RecordStore store, GetRecordsKvpReader kvpReader, GetRecordsXmlReader xmlReader,
            OutputSchemas schemas) {
        this.store = store;
        this.kvpReader = kvpReader;
        this.xmlReader = xmlReader;
        this.schemas = schemas;
    }

    @Override
    public OwsResponse execute(OwsRequest request) {
        GetRecordsRequest r = request.xmlBody().map(xmlReader::read).orElseGet(() -> kvpReader.read(request.parameters()));
        OutputSchema schema = schemas.resolve(r.outputSchema());
        OutputSchema.RecordWriter records = r.elementNames().isEmpty()
                ? (record, w) -> schema.write(record, r.elementSet(), w)
                : schema.elements(r.elementNames());
        if (r.resultType() == GetRecordsRequest.ResultType.VALIDATE) {
            return XmlResponses.ok(w -> acknowledge(w, request, r));
        }
        int max = r.resultType() == GetRecordsRequest.ResultType.HITS ? 0 : r.maxRecords();
        RecordPage page;
        try {
            page = store.query(new RecordQuery(r.filter(), r.sortBy(), r.startPosition(), max));
        } catch (InvalidQueryException e) {
            throw OwsException.invalidParameter(e.locator(), e.getMessage());
        }
        return XmlResponses.ok(w -> write(w, r, schema, records, page));
    }

    /** The position after this page, or 0 when no record follows. */
    static long nextRecord(long startPosition, int returned, long matched) {
        long next = startPosition + returned;
        return next > matched ? 0 : next;
    }

    private static void write(XMLStreamWriter w, GetRecordsRequest r, OutputSchema schema,
            OutputSchema.RecordWriter records, RecordPage page) throws XMLStreamException {
        w.setPrefix("csw", CswNamespaces.CSW);
        w.writeStartElement("csw", "GetRecordsResponse", CswNamespaces.CSW);
        w.writeNamespace("csw", CswNamespaces.CSW);
        for (Map.Entry<String, String> ns : schema.namespaces().entrySet()) {
            w.writeNamespace(ns.getKey(), ns.getValue());
        }
        w.writeNamespace("xsi", CswNamespaces.XSI);
        w.writeAttribute("xsi", CswNamespaces.XSI, "schemaLocation",
                CswNamespaces.CSW + " http://schemas.opengis.net/csw/2.0.2/CSW-discovery.xsd");
        w.writeAttribute("version", "2.0.2");
        w.writeEmptyElement("csw", "SearchStatus", CswNamespaces.CSW);
        w.writeAttribute("timestamp", XmlResponses.now());
        int returned = page.records().size();
        w.writeStartElement("csw", "SearchResults", CswNamespaces.CSW);
        w.writeAttribute("numberOfRecordsMatched", Long.toString(page.matched()));
        w.writeAttribute("numberOfRecordsReturned", Integer.toString(returned));
        w.writeAttribute("nextRecord", Long.toString(nextRecord(r.startPosition(), returned, page.matched())));
        w.writeAttribute("recordSchema", schema.uri());
        if (r.elementNames().isEmpty()) {
            w.writeAttribute("elementSet", r.elementSet().value());
        }
        for (MetadataRecord record : page.records()) {
            records.write(record, w);
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    /** The Acknowledgement of resultType=validate, echoing the request in its XML encoding. */
    private static void acknowledge(XMLStreamWriter w, OwsRequest request, GetRecordsRequest r)
            throws XMLStreamException {
        w.writeStartElement("csw", "Acknowledgement", CswNamespaces.CSW);
        w.writeNamespace("csw", CswNamespaces.CSW);
        w.writeAttribute("timeStamp", XmlResponses.now());
        w.writeStartElement("csw", "EchoedRequest", CswNamespaces.CSW);
        if (request.isXml()) {
            EchoedRequest.copy(request, w);
        } else {
            EchoedRequest.fromKvp(request.parameters(), r, w);
        }
        w.writeEndElement();
        w.writeEndElement();
    }
}
