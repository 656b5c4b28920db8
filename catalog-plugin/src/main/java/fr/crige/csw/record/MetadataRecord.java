package fr.crige.csw.record;

import java.util.Arrays;
import java.util.Objects;

/**
 * A metadata record as stored: its identifier ({@code gmd:fileIdentifier}) and the ISO 19139 document exactly
 * as it was loaded, byte for byte, whatever its encoding, so that a harvester receives what the author wrote.
 * The array is shared, not copied: callers must not modify it.
 */
public record MetadataRecord(String identifier, byte[] xml) {

    public MetadataRecord {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(xml, "xml");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MetadataRecord r && r.identifier.equals(identifier)
                && Arrays.equals(r.xml, xml);
    }

    @Override
    public int hashCode() {
        return identifier.hashCode();
    }

    @Override
    public String toString() {
        return identifier + " (" + xml.length + " bytes)";
    }
}
