package fr.crige.ows.catalogue;

import java.util.Objects;

/**
 * The catalogue record of a published data set: the URL of its ISO 19139 metadata (a CSW GetRecordById
 * request, typically), written as the feature type's MetadataURL, and the unique resource identifier of the
 * data set, written as an INSPIRE SpatialDataSetIdentifier.
 *
 * @param metadataUrl the URL of the data set's metadata record
 * @param code        the code of the data set's unique resource identifier
 * @param namespace   the namespace of that identifier, or null when the code is a URI on its own
 */
public record DatasetMetadata(String metadataUrl, String code, String namespace) {

    public DatasetMetadata {
        Objects.requireNonNull(metadataUrl, "metadataUrl");
        Objects.requireNonNull(code, "code");
    }
}
