package fr.crige.wms.describe;

import com.ctc.wstx.stax.WstxOutputFactory;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.ows.XmlDocument;
import fr.crige.wms.Published;
import fr.crige.wms.PublishedGroup;
import fr.crige.wms.PublishedLayer;
import fr.crige.wms.WmsCatalog;
import fr.crige.wms.WmsErrors;
import fr.crige.wms.WmsUrls;
import fr.crige.wms.map.MapRequestReader;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * DescribeLayer (SLD 1.0, OGC 02-070, section 6.6; SLD 1.1.0, OGC 05-078r4, section 11): tells a styling
 * client which WFS feature type each named layer draws, so it can ask for its attributes before writing an
 * SLD. The answer is the {@code WMS_DescribeLayerResponse} of the SLD 1.0 DTD for 1.1.1 clients (the ones
 * that use it: QGIS, OpenLayers 2, uDig) and the {@code DescribeLayerResponse} of SLD 1.1.0 for 1.3.0. A layer
 * group is described by its layers, one description each, under their own names.
 */
public final class DescribeLayerOperation implements OwsOperation {

    public static final String MIME_TYPE_111 = "application/vnd.ogc.wms_xml";
    private static final String SLD_NS = "http://www.opengis.net/sld";
    private static final String SE_NS = "http://www.opengis.net/se";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String SLD_DTD = "http://schemas.opengis.net/wms/1.1.1/WMS_DescribeLayerResponse.dtd";
    private static final String SLD_SCHEMA = "http://schemas.opengis.net/sld/1.1.0/DescribeLayer.xsd";

    private final XMLOutputFactory factory = new WstxOutputFactory();
    private final WmsCatalog catalog;

    public DescribeLayerOperation(WmsCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public OwsResponse execute(OwsRequest request) {
        String workspace = request.workspace().orElse(null);
        List<PublishedLayer> layers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String name : MapRequestReader.split(request.parameters().require("LAYERS"))) {
            Published published = catalog.resolve(name, workspace);
            if (published instanceof PublishedGroup group) {
                if (!group.requestable()) {
                    throw WmsErrors.containerGroup("LAYERS", name);
                }
                for (PublishedLayer layer : group.leaves()) {
                    layers.add(layer);
                    names.add(layer.name(workspace != null));
                }
            } else {
                layers.add((PublishedLayer) published);
                names.add(name);
            }
        }
        boolean v130 = WmsErrors.is130(request.version());
        return OwsResponse.ok(v130 ? "text/xml" : MIME_TYPE_111, out -> write(out, request, layers, names, v130));
    }

    private void write(OutputStream out, OwsRequest request, List<PublishedLayer> layers, List<String> names,
            boolean v130) throws IOException {
        String wfs = WmsUrls.wfs(request) + "?";
        XmlDocument.write(factory, out, "the DescribeLayer response", xml -> {
            if (v130) {
                sld11(xml, layers, wfs);
            } else {
                sld10(xml, layers, names, wfs);
            }
        });
    }

    private static void sld10(XMLStreamWriter xml, List<PublishedLayer> layers, List<String> names, String wfs)
            throws XMLStreamException {
        xml.writeDTD("<!DOCTYPE WMS_DescribeLayerResponse SYSTEM \"" + SLD_DTD + "\">");
        xml.writeStartElement("WMS_DescribeLayerResponse");
        xml.writeAttribute("version", "1.1.1");
        for (int i = 0; i < layers.size(); i++) {
            xml.writeStartElement("LayerDescription");
            xml.writeAttribute("name", names.get(i));
            xml.writeAttribute("wfs", wfs);
            xml.writeAttribute("owsURL", wfs);
            xml.writeAttribute("owsType", "WFS");
            xml.writeEmptyElement("Query");
            xml.writeAttribute("typeName", layers.get(i).featureType().qualifiedName());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void sld11(XMLStreamWriter xml, List<PublishedLayer> layers, String wfs)
            throws XMLStreamException {
        xml.setDefaultNamespace(SLD_NS);
        xml.setPrefix("se", SE_NS);
        xml.setPrefix("xlink", XLINK);
        xml.writeStartElement(SLD_NS, "DescribeLayerResponse");
        xml.writeDefaultNamespace(SLD_NS);
        xml.writeNamespace("se", SE_NS);
        xml.writeNamespace("xlink", XLINK);
        xml.writeNamespace("xsi", javax.xml.XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
        xml.writeAttribute("xsi", javax.xml.XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation",
                SLD_NS + " " + SLD_SCHEMA);
        text(xml, SLD_NS, "Version", "1.1.0");
        for (PublishedLayer layer : layers) {
            xml.writeStartElement(SLD_NS, "LayerDescription");
            text(xml, SLD_NS, "owsType", "wfs");
            xml.writeEmptyElement(SE_NS, "OnlineResource");
            xml.writeAttribute("xlink", XLINK, "type", "simple");
            xml.writeAttribute("xlink", XLINK, "href", wfs);
            xml.writeStartElement(SLD_NS, "TypeName");
            text(xml, SE_NS, "FeatureTypeName", layer.featureType().qualifiedName());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String ns, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ns, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
