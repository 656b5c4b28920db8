package fr.crige.csw.operation;

import com.ctc.wstx.stax.WstxOutputFactory;
import fr.crige.core.filter.Filter;
import fr.crige.core.store.InvalidQueryException;
import fr.crige.core.xml.SecureXml;
import fr.crige.csw.CswNamespaces;
import fr.crige.csw.output.XmlCopier;
import fr.crige.csw.record.InvalidRecordException;
import fr.crige.csw.record.IsoQueryableExtractor;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.request.ConstraintParser;
import fr.crige.csw.request.GetRecordsXmlReader;
import fr.crige.csw.request.QueryableFilters;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordConflictException;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.TransactionSummary;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.wfs.fes.StaxElements;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Transaction (OGC 07-006r1, 10.11), XML only and for administrators ({@link AdminAuthorizer}): Insert of
 * ISO records, Update replacing whole records, Delete by filter, applied by the store in one transaction.
 * Each inserted or updated record is taken out of the request as a standalone document carrying the
 * namespace declarations of its ancestors. Updates of single properties (RecordProperty) are refused.
 */
public final class TransactionOperation implements OwsOperation {

    private final XMLInputFactory factory = SecureXml.newXMLInputFactory();
    private final WstxOutputFactory outputFactory = new WstxOutputFactory();
    private final IsoQueryableExtractor extractor = new IsoQueryableExtractor();
    private final RecordStore store;
    private final ConstraintParser constraints;
    private final QueryableFilters filters;
    private final AdminAuthorizer authorizer;

    public TransactionOperation(RecordStore store, ConstraintParser constraints, QueryableFilters filters,
            AdminAuthorizer authorizer) {
        this.store = store;
        this.constraints = constraints;
        this.filters = filters;
        this.authorizer = authorizer;
    }

    @Override
    public OwsResponse execute(OwsRequest request) {
        authorizer.authorize(request);
        if (!request.isXml()) {
            throw OwsException.invalidParameter("request", "Transaction is only available as an XML POST");
        }
        List<RecordChange> changes = read(request);
        Map<String, String> titles = new HashMap<>();
        for (RecordChange change : changes) {
            if (change instanceof RecordChange.Insert insert) {
                titles.put(insert.record().identifier(), extractor.extract(insert.record().xml())
                        .first(Queryable.TITLE).orElse(""));
            }
        }
        TransactionSummary summary;
        try {
            summary = store.apply(changes);
        } catch (InvalidRecordException | RecordConflictException e) {
            throw OwsException.invalidParameter("Transaction", e.getMessage());
        } catch (InvalidQueryException e) {
            throw OwsException.invalidParameter(e.locator(), e.getMessage());
        }
        return XmlResponses.ok(w -> write(w, summary, titles));
    }

    private List<RecordChange> read(OwsRequest request) {
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(request.xmlBody().orElseThrow());
            reader.nextTag();
            GetRecordsXmlReader.requireCsw(reader, "Transaction");
            Map<String, String> rootNamespaces = declarations(reader, Map.of());
            List<RecordChange> changes = new ArrayList<>();
            while (StaxElements.nextChild(reader)) {
                Map<String, String> namespaces = declarations(reader, rootNamespaces);
                switch (reader.getLocalName()) {
                    case "Insert" -> {
                        while (StaxElements.nextChild(reader)) {
                            changes.add(new RecordChange.Insert(record(reader, namespaces)));
                        }
                    }
                    case "Update" -> {
                        if (!StaxElements.nextChild(reader) || !reader.getLocalName().equals("MD_Metadata")) {
                            throw OwsException.invalidParameter("Update",
                                    "Update takes a whole gmd:MD_Metadata; RecordProperty updates are not supported");
                        }
                        changes.add(new RecordChange.Update(record(reader, namespaces)));
                        StaxElements.skip(reader);
                    }
                    case "Delete" -> changes.add(new RecordChange.Delete(deleteFilter(reader)));
                    default -> throw OwsException.invalidParameter("Transaction",
                            "Unexpected element " + reader.getLocalName());
                }
            }
            if (changes.isEmpty()) {
                throw OwsException.missingParameter("Insert");
            }
            return changes;
        } catch (XMLStreamException e) {
            throw GetRecordsXmlReader.notWellFormed(e);
        }
    }

    private Filter deleteFilter(XMLStreamReader reader) throws XMLStreamException {
        Filter filter = null;
        while (StaxElements.nextChild(reader)) {
            if (!reader.getLocalName().equals("Constraint") || !StaxElements.nextChild(reader)) {
                throw OwsException.missingParameter(QueryableFilters.CONSTRAINT);
            }
            Filter parsed = reader.getLocalName().equals("CqlText")
                    ? constraints.parseCql(StaxElements.text(reader))
                    : ConstraintParser.cswErrors(() -> {
                        try {
                            return constraints.fes().parseFilter(reader);
                        } catch (XMLStreamException e) {
                            throw GetRecordsXmlReader.notWellFormed(e);
                        }
                    });
            filter = filters.resolve(parsed);
            StaxElements.skip(reader);
        }
        if (filter == null) {
            throw OwsException.missingParameter(QueryableFilters.CONSTRAINT);
        }
        return filter;
    }

    /** The record the reader is on, as a standalone UTF-8 document; the reader ends on its end tag. */
    private MetadataRecord record(XMLStreamReader reader, Map<String, String> inherited) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter writer = outputFactory.createXMLStreamWriter(bytes, "UTF-8");
        writer.writeStartDocument("UTF-8", "1.0");
        XmlCopier.copy(reader, writer, inherited, path -> true);
        writer.writeEndDocument();
        writer.close();
        byte[] xml = bytes.toByteArray();
        try {
            String id = extractor.extract(xml).first(Queryable.IDENTIFIER).orElseThrow();
            return new MetadataRecord(id, xml);
        } catch (InvalidRecordException e) {
            throw OwsException.invalidParameter("Transaction", e.getMessage());
        }
    }

    /** The namespaces in scope: those inherited, overridden by the element's own declarations. */
    private static Map<String, String> declarations(XMLStreamReader reader, Map<String, String> inherited) {
        Map<String, String> scope = new HashMap<>(inherited);
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            String prefix = reader.getNamespacePrefix(i);
            scope.put(prefix == null ? "" : prefix, reader.getNamespaceURI(i));
        }
        return scope;
    }

    /**
     * The TransactionResponse; each inserted record is a BriefRecord with its identifier and title, both
     * mandatory in the CSW schema.
     */
    private static void write(XMLStreamWriter w, TransactionSummary summary, Map<String, String> titles)
            throws XMLStreamException {
        w.writeStartElement("csw", "TransactionResponse", CswNamespaces.CSW);
        w.writeNamespace("csw", CswNamespaces.CSW);
        w.writeNamespace("dc", CswNamespaces.DC);
        w.writeAttribute("version", "2.0.2");
        w.writeStartElement("csw", "TransactionSummary", CswNamespaces.CSW);
        XmlResponses.element(w, "csw", "totalInserted", CswNamespaces.CSW, Integer.toString(summary.inserted()));
        XmlResponses.element(w, "csw", "totalUpdated", CswNamespaces.CSW, Integer.toString(summary.updated()));
        XmlResponses.element(w, "csw", "totalDeleted", CswNamespaces.CSW, Integer.toString(summary.deleted()));
        w.writeEndElement();
        if (!summary.insertedIdentifiers().isEmpty()) {
            w.writeStartElement("csw", "InsertResult", CswNamespaces.CSW);
            for (String id : summary.insertedIdentifiers()) {
                w.writeStartElement("csw", "BriefRecord", CswNamespaces.CSW);
                XmlResponses.element(w, "dc", "identifier", CswNamespaces.DC, id);
                XmlResponses.element(w, "dc", "title", CswNamespaces.DC, titles.getOrDefault(id, ""));
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
}
