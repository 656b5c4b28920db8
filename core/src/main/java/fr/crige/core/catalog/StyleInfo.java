package fr.crige.core.catalog;

/**
 * A style: its metadata here, its body (SLD 1.0 / SE 1.1 XML) in a file beside it in the data directory.
 *
 * @param workspace     owning workspace, or null for a global style
 * @param name          unique within its workspace (or among global styles)
 * @param filename      body file name, relative to the style's folder
 * @param format        "sld"
 * @param formatVersion "1.0.0" (SLD) or "1.1.0" (SE)
 */
public record StyleInfo(String workspace, String name, String filename, String format, String formatVersion) {

    /** "ws:name" for workspace styles, "name" for global ones. */
    public String qualifiedName() {
        return workspace == null ? name : workspace + ":" + name;
    }
}
