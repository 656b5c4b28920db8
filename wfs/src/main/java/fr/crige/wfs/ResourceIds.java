package fr.crige.wfs;

import fr.crige.core.feature.FeatureId;
import fr.crige.core.filter.Filter;
import fr.crige.ows.OwsException;
import fr.crige.wfs.fes.FilterRewriter;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites the resource ids of a filter from their published form ({@code <name>.<key>}) to the store's form
 * ({@code <nativeName>.<key>}). An id of the form {@code <otherType>.<key>} names a feature that cannot be of
 * the queried type: WFS 2.0 (7.9.2.4.1) answers it with InvalidParameterValue and the {@code resourceId}
 * locator. Any other id (no type part) is simply unknown and selects nothing.
 */
public final class ResourceIds extends FilterRewriter {

    /** The locator of resource id errors, as WFS 2.0 names it. */
    public static final String LOCATOR = "resourceId";

    private final PublishedType type;

    private ResourceIds(PublishedType type) {
        this.type = type;
    }

    /** The filter with its resource ids in the store's form. */
    public static Filter toStore(Filter filter, PublishedType type) {
        return new ResourceIds(type).rewrite(filter);
    }

    @Override
    public Filter visit(Filter.ResourceId f) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : f.ids()) {
            Optional<String> key = FeatureId.keyOf(type.name(), id);
            if (key.isPresent()) {
                ids.add(FeatureId.of(type.nativeName(), key.get()));
            } else if (id.lastIndexOf('.') > 0) {
                throw OwsException.invalidParameter(LOCATOR, "Resource id " + id + " is not an id of the queried "
                        + "feature type " + type.qualifiedName());
            }
        }
        return ids.isEmpty() ? Filter.EXCLUDE : new Filter.ResourceId(ids);
    }
}
