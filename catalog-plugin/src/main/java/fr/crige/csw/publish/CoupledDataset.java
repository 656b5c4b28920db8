package fr.crige.csw.publish;

import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * A layer as a service record sees it: the dataset record describing its data (generated or curated), its
 * name in the service and its extent.
 *
 * @param recordId  the fileIdentifier of the dataset record, target of {@code srv:operatesOn}
 * @param layerName the qualified layer name, the identifier of the coupled resource
 * @param extent    the WGS 84 longitude/latitude extent, when known
 */
public record CoupledDataset(String recordId, String layerName, Optional<Envelope> extent) {

    public CoupledDataset {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(layerName, "layerName");
        extent = extent.map(Envelope::new);
    }
}
