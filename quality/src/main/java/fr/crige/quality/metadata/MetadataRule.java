package fr.crige.quality.metadata;

/**
 * The rules of one section of metadata-quality.md (record level, identification, keywords...). Each rule
 * reports under its id ({@code MD-ID-4}) and the IGNF/validator code when one exists, so that a report can
 * be compared with the national validator's.
 */
interface MetadataRule {

    void check(IsoRecord record, MetadataFindings findings);
}
