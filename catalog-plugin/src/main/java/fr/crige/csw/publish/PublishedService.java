package fr.crige.csw.publish;

/**
 * The OGC services through which crige publishes layers, with what their metadata records say about them:
 * the INSPIRE spatial data service type (Regulation 1088/2010 and the Technical Guidance for service
 * metadata), the protocol of GeoNetwork's and the INSPIRE validator's online resource vocabulary, the
 * function of the link in the dataset records, the operation giving access to a layer and the encoding in
 * which the service delivers the data (the distribution format of dataset records: GML 3.2.1 for WFS 2.0.0,
 * PNG images for WMS GetMap by default).
 */
public enum PublishedService {

    WMS("WMS", "1.3.0", "view", "OGC:WMS", "information", "GetMap", "infoMapAccessService",
            "Service de visualisation (WMS)", "PNG", "1.2"),
    WFS("WFS", "2.0.0", "download", "OGC:WFS", "download", "GetFeature", "infoFeatureAccessService",
            "Service de téléchargement (WFS)", "GML", "3.2.1");

    private final String serviceName;
    private final String version;
    private final String inspireType;
    private final String protocol;
    private final String linkFunction;
    private final String layerOperation;
    private final String classification;
    private final String title;
    private final String formatName;
    private final String formatVersion;

    PublishedService(String serviceName, String version, String inspireType, String protocol, String linkFunction,
            String layerOperation, String classification, String title, String formatName, String formatVersion) {
        this.serviceName = serviceName;
        this.version = version;
        this.inspireType = inspireType;
        this.protocol = protocol;
        this.linkFunction = linkFunction;
        this.layerOperation = layerOperation;
        this.classification = classification;
        this.title = title;
        this.formatName = formatName;
        this.formatVersion = formatVersion;
    }

    /** The SERVICE parameter value, also the name under which the OWS dispatcher registers the service. */
    public String serviceName() {
        return serviceName;
    }

    /** The version advertised in service records. */
    public String version() {
        return version;
    }

    /** {@code view} or {@code download}: the INSPIRE spatial data service type, srv:serviceType. */
    public String inspireType() {
        return inspireType;
    }

    /** {@code OGC:WMS} or {@code OGC:WFS}, the protocol of online resources. */
    public String protocol() {
        return protocol;
    }

    /** The CI_OnLineFunctionCode of the link from a dataset record. */
    public String linkFunction() {
        return linkFunction;
    }

    /** The operation serving a layer's data, the operationName of a coupled resource. */
    public String layerOperation() {
        return layerOperation;
    }

    /** The ISO 19119 service classification keyword required by INSPIRE. */
    public String classification() {
        return classification;
    }

    /** The French title of the service, completed by the catalogue's provider name. */
    public String title() {
        return title;
    }

    /** The name of the encoding the service delivers the data in, for {@code MD_Format/name}. */
    public String formatName() {
        return formatName;
    }

    /** The version of that encoding, for {@code MD_Format/version}. */
    public String formatVersion() {
        return formatVersion;
    }
}
