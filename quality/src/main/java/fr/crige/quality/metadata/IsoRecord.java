package fr.crige.quality.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed {@code gmd:MD_Metadata} record with what several rules need: its resource type and its first
 * identification ({@code id} in the paths of metadata-quality.md).
 */
public final class IsoRecord {

    private final IsoElement root;

    public IsoRecord(IsoElement root) {
        this.root = root;
    }

    public IsoElement root() {
        return root;
    }

    /** {@code gmd:hierarchyLevel/gmd:MD_ScopeCode/@codeListValue}, lower case, or empty. */
    public String resourceType() {
        return root.first("gmd:hierarchyLevel").map(IsoElement::codeListValue).orElse("")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the data set and series rules apply: a record of a service (resource type service or a
     * {@code srv:SV_ServiceIdentification}) follows other INSPIRE requirements that this checker leaves out.
     */
    public boolean describesData() {
        return !"service".equals(resourceType()) && root.all("gmd:identificationInfo/srv:SV_ServiceIdentification")
                .isEmpty();
    }

    /** {@code gmd:identificationInfo[1]/*}. */
    public Optional<IsoElement> identification() {
        return root.first("gmd:identificationInfo/*");
    }

    /** The elements reached from the identification by the relative path. */
    public List<IsoElement> inIdentification(String path) {
        return identification().map(id -> id.all(path)).orElse(List.of());
    }
}
