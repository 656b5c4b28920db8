package fr.crige.wfs.output;

import fr.crige.ows.OwsRequest;
import fr.crige.wfs.getfeature.CountsPosition;
import fr.crige.wfs.getfeature.FeatureCollectionPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * A GetFeature output format, a plugin registered by its names in {@link OutputFormats}. Implementations
 * stream: they read features one by one from the stores' readers and write them straight to the client, so
 * memory does not depend on the number of features.
 */
public interface FeatureOutputFormat {

    /** The outputFormat values selecting this format; the first is advertised in the capabilities. */
    List<String> names();

    /** The Content-Type of responses. */
    String contentType();

    /** Writes the feature collection of a plan, opening and closing the store readers itself. */
    void writeCollection(FeatureCollectionPlan plan, OwsRequest request, OutputStream out) throws IOException;

    /**
     * Writes the single feature of a GetFeatureById plan. WFS 2.0 (7.9.3.6) answers a bare feature in GML; the
     * default, for formats without that notion (files, tables), is a collection of that one feature.
     */
    default void writeFeature(FeatureCollectionPlan plan, OwsRequest request, OutputStream out) throws IOException {
        writeCollection(plan, request, out);
    }

    /**
     * The file name extension of a download, such as {@code zip}, for formats meant to be saved as files rather
     * than read by a WFS client; the response then names the file in Content-Disposition. Empty by default.
     */
    default Optional<String> fileExtension() {
        return Optional.empty();
    }

    /**
     * Where this format writes {@code numberMatched} and {@code numberReturned}, hence what the plan counts
     * before writing; by default in front of the features, which needs the most counting but suits any format.
     */
    default CountsPosition countsPosition() {
        return CountsPosition.BEFORE_FEATURES;
    }

    /** Whether one response can hold features of several types; a single table or file cannot. */
    default boolean supportsSeveralTypes() {
        return true;
    }
}
