package fr.crige.quality.metadata;

import fr.crige.quality.engine.FindingSink;
import fr.crige.quality.input.InputProblem;
import fr.crige.quality.model.Level;
import fr.crige.quality.report.ValidationReport;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Checks an ISO 19139 metadata record against the MD-* rules of metadata-quality.md (CNIG guide v2.0 and
 * INSPIRE TG metadata 2.0), producing a report in the same format as the data checks so that the same
 * JSON, CSV and HTML writers and the same REST endpoints serve both.
 *
 * <p>The rules are code, not a declarative standard: they navigate the ISO tree and compare code lists and
 * official titles, which the table rule model cannot express. Not checked: XSD validity (MD-GEN-1, the ISO
 * schemas are not bundled), uniqueness of the identifier in the catalogue, and the CNIG wording advice that
 * only a person can judge (territory named in the title, plural free keywords).
 */
public final class MetadataValidator {

    /** Id of the metadata "standard" in reports. */
    public static final String STANDARD_ID = "inspire-metadata";
    public static final String STANDARD_TITLE = "Métadonnées INSPIRE – guide de saisie CNIG / INSPIRE TG Metadata";
    public static final String STANDARD_VERSION = "CNIG 2.0 / TG 2.0";
    /** The "table" of metadata findings: the root element. */
    public static final String TABLE = "MD_Metadata";

    private static final List<MetadataRule> RULES = List.of(new RecordRules(), new IdentificationRules(),
            new KeywordRules(), new ConstraintRules(), new ResponsiblePartyRules(), new DataQualityRules(),
            new InteroperabilityRules(), new DistributionRules());

    private final IsoRecordReader reader = new IsoRecordReader();

    /** Checks the record read from the stream; {@code name} is the file name or catalogue identifier shown. */
    public ValidationReport validate(InputStream xml, String name) {
        FindingSink sink = new FindingSink(STANDARD_ID, TABLE, name);
        MetadataFindings findings = new MetadataFindings(sink);
        long records = 0;
        try {
            IsoElement root = reader.read(xml);
            if (!root.is("gmd:MD_Metadata")) {
                findings.add("MD-GEN-2", "METADATA_IGNORED_FILE", Level.ERROR, "/", root.qualifiedName(),
                        "gmd:MD_Metadata");
            } else {
                records = 1;
                IsoRecord record = new IsoRecord(root);
                RULES.forEach(rule -> rule.check(record, findings));
            }
        } catch (InputProblem e) {
            sink.add(sink.create(e.code(), Level.ERROR, "MD-GEN-1").detail(e.getMessage()));
        }
        return new ValidationReport(UUID.randomUUID().toString(), STANDARD_ID, STANDARD_TITLE, STANDARD_VERSION,
                TABLE, name, Instant.now(), records, sink.findings());
    }
}
