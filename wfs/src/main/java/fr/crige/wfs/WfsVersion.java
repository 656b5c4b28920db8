package fr.crige.wfs;

import fr.crige.core.crs.AxisOrder;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsRequest;

/**
 * The WFS versions served and what differs between them: WFS 2.0 (2.0.0 and 2.0.2, GML 3.2, FES 2.0, OWS 1.1)
 * and WFS 1.1.0 for older clients (GML 3.1.1, Filter Encoding 1.1, OWS 1.0). Operations read the version the
 * dispatcher negotiated from the request.
 */
public enum WfsVersion {

    WFS_1_1_0("1.1.0", Namespaces.WFS_1_1, "http://schemas.opengis.net/wfs/1.1.0/wfs.xsd", GmlVersion.GML_3_1_1,
            AxisOrder.Protocol.WFS_1_1_0),
    WFS_2_0("2.0.0", Namespaces.WFS_2_0, WfsUrls.WFS_2_0_SCHEMA, GmlVersion.GML_3_2, AxisOrder.Protocol.WFS_2_0);

    private final String number;
    private final String namespace;
    private final String schemaLocation;
    private final GmlVersion gml;
    private final AxisOrder.Protocol axisOrder;

    WfsVersion(String number, String namespace, String schemaLocation, GmlVersion gml, AxisOrder.Protocol axisOrder) {
        this.number = number;
        this.namespace = namespace;
        this.schemaLocation = schemaLocation;
        this.gml = gml;
        this.axisOrder = axisOrder;
    }

    /** The version of a request; any 2.0.x version is WFS 2.0. */
    public static WfsVersion of(OwsRequest request) {
        return request.version().startsWith("1.1") ? WFS_1_1_0 : WFS_2_0;
    }

    /** Refuses an operation WFS 1.1.0 does not define (GetPropertyValue, the stored query operations). */
    public static void require20(OwsRequest request) {
        if (of(request) != WFS_2_0) {
            throw new OwsException(OwsExceptionCode.OPERATION_NOT_SUPPORTED, "request", request.request()
                    + " is a WFS 2.0 operation; use version 2.0.0");
        }
    }

    /** The version number, as written in documents and DescribeFeatureType links. */
    public String number() {
        return number;
    }

    public String namespace() {
        return namespace;
    }

    public String schemaLocation() {
        return schemaLocation;
    }

    /** The GML version of this WFS version's default output. */
    public GmlVersion gml() {
        return gml;
    }

    /** The axis order rules of CRS identifiers in this version's requests and responses. */
    public AxisOrder.Protocol axisOrder() {
        return axisOrder;
    }
}
