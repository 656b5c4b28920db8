package fr.crige.quality.metadata;

/** §5 of metadata-quality.md: the responsible parties of the resource (MD-RP-1, MD-RP-3). */
final class ResponsiblePartyRules implements MetadataRule {

    @Override
    public void check(IsoRecord record, MetadataFindings out) {
        if (record.identification().isPresent()) {
            ResponsibleParties.check(record.inIdentification("gmd:pointOfContact/gmd:CI_ResponsibleParty"),
                    "gmd:identificationInfo/*/gmd:pointOfContact", "MD-RP-1", "METADATA_CONTACT", out);
        }
    }
}
