package fr.crige.wms;

import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;

/**
 * The WMS service exceptions (WMS 1.3.0, annex A.3; WMS 1.1.1, annex A.3), named for the version asked: the
 * only code that differs is InvalidCRS (1.3.0) versus InvalidSRS (1.1.1).
 */
public final class WmsErrors {

    private WmsErrors() {
    }

    public static boolean is130(String version) {
        return "1.3.0".equals(version);
    }

    /** The name of the CRS parameter in the version: {@code CRS} in 1.3.0, {@code SRS} in 1.1.1. */
    public static String crsParameter(String version) {
        return is130(version) ? "CRS" : "SRS";
    }

    public static OwsException invalidCrs(String version, String crs) {
        return new OwsException(is130(version) ? OwsExceptionCode.INVALID_CRS : OwsExceptionCode.INVALID_SRS,
                crsParameter(version), "Unsupported or unknown CRS '" + crs + "'");
    }

    public static OwsException layerNotDefined(String layer) {
        return new OwsException(OwsExceptionCode.LAYER_NOT_DEFINED, "LAYERS", "Unknown layer '" + layer + "'");
    }

    /**
     * LayerNotDefined for a CONTAINER layer group named where a layer is expected: such a group is only a
     * folder of the capabilities, its members are the layers.
     */
    public static OwsException containerGroup(String parameter, String group) {
        return new OwsException(OwsExceptionCode.LAYER_NOT_DEFINED, parameter, "Layer group '" + group
                + "' is a container of the capabilities, not a layer; request its members");
    }

    public static OwsException styleNotDefined(String style, String layer) {
        return new OwsException(OwsExceptionCode.STYLE_NOT_DEFINED, "STYLES",
                "Style '" + style + "' is not offered for layer '" + layer + "'");
    }

    public static OwsException invalidFormat(String parameter, String format) {
        return new OwsException(OwsExceptionCode.INVALID_FORMAT, parameter, "Unsupported format '" + format + "'");
    }
}
