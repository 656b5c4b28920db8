package fr.crige.csw;

import fr.crige.core.crs.CrsService;
import fr.crige.csw.operation.AdminAuthorizer;
import fr.crige.csw.operation.DescribeRecordOperation;
import fr.crige.csw.operation.GetCapabilitiesOperation;
import fr.crige.csw.operation.GetDomainOperation;
import fr.crige.csw.operation.GetRecordByIdOperation;
import fr.crige.csw.operation.GetRecordsOperation;
import fr.crige.csw.operation.TransactionOperation;
import fr.crige.csw.output.DublinCoreOutputSchema;
import fr.crige.csw.output.IsoOutputSchema;
import fr.crige.csw.output.OutputSchemas;
import fr.crige.csw.request.ConstraintParser;
import fr.crige.csw.request.GetRecordsKvpReader;
import fr.crige.csw.request.GetRecordsXmlReader;
import fr.crige.csw.request.QueryableFilters;
import fr.crige.csw.store.RecordStore;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsService;
import fr.crige.ows.exception.ExceptionReportFormat;
import fr.crige.wfs.fes.FesParser;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Catalogue Service for the Web 2.0.2 (OGC 07-006r1) with the ISO Application Profile (OGC 07-045) and
 * INSPIRE Discovery Services: GetCapabilities, DescribeRecord, GetRecords, GetRecordById, GetDomain and,
 * for administrators, Transaction, over a {@link RecordStore}. Exception reports are OWS 1.0 with
 * {@code version="1.2.0"}, as CSW 2.0.2 requires. Output schemas are plugins registered in
 * {@link OutputSchemas}; Dublin Core is the default.
 */
public final class CswService implements OwsService {

    public static final String VERSION = "2.0.2";

    private final Map<String, OwsOperation> operations;

    public CswService(RecordStore store, CrsService crs, CswSettings settings, AdminAuthorizer authorizer) {
        OutputSchemas schemas = new OutputSchemas().register(new DublinCoreOutputSchema())
                .register(new IsoOutputSchema());
        ConstraintParser constraints = new ConstraintParser(new FesParser(crs));
        QueryableFilters filters = new QueryableFilters(crs);
        Map<String, OwsOperation> ops = new LinkedHashMap<>();
        ops.put("GetCapabilities", new GetCapabilitiesOperation(settings));
        ops.put("DescribeRecord", new DescribeRecordOperation());
        ops.put("GetRecords", new GetRecordsOperation(store, new GetRecordsKvpReader(constraints, filters, settings),
                new GetRecordsXmlReader(constraints, filters, settings), schemas));
        ops.put("GetRecordById", new GetRecordByIdOperation(store, schemas));
        ops.put("GetDomain", new GetDomainOperation(store, GetCapabilitiesOperation.PARAMETER_DOMAINS));
        ops.put("Transaction", new TransactionOperation(store, constraints, filters, authorizer));
        this.operations = Collections.unmodifiableMap(ops);
    }

    @Override
    public String name() {
        return "CSW";
    }

    @Override
    public List<String> versions() {
        return List.of(VERSION);
    }

    /** Catalogue clients commonly omit VERSION on GetRecordById; there is only one version to assume. */
    @Override
    public Optional<String> defaultVersion() {
        return Optional.of(VERSION);
    }

    @Override
    public ExceptionReportFormat exceptionReportFormat(String version) {
        return ExceptionReportFormat.ows10("1.2.0");
    }

    @Override
    public Map<String, OwsOperation> operations() {
        return operations;
    }
}
