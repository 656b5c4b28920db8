package fr.crige.wfs.fes;

import fr.crige.core.crs.AxisOrder;
import fr.crige.core.crs.Crs;
import fr.crige.core.crs.CrsService;
import fr.crige.core.crs.UnsupportedCrsException;
import fr.crige.wfs.Namespaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the GML geometry literals of filters: GML 3.2 and 3.1.1 {@code Point}, {@code LineString},
 * {@code LinearRing}, {@code Polygon}, {@code MultiPoint}, {@code MultiCurve}/{@code MultiLineString},
 * {@code MultiSurface}/{@code MultiPolygon}, {@code MultiGeometry} and {@code Envelope}, with coordinates as
 * {@code pos}, {@code posList} or the GML 2 {@code coordinates}; GML 2 {@code Box} and
 * {@code outerBoundaryIs}/{@code innerBoundaryIs} too, since WFS 1.1 clients still send them. Curves made of
 * arcs and other GML 3 complex geometries are refused: the filter model holds simple features only.
 *
 * <p>The {@code srsName} of the outermost geometry is decoded by the {@link CrsService}, and the coordinates
 * are swapped when {@link AxisOrder} says this identifier is written northing/latitude first, so the result is
 * always in x = easting/longitude order. No JTS GML reader fits: JTS reads GML 2 only and through SAX/DOM.
 */
public final class GmlGeometryParser {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final CrsService crsService;
    private final AxisOrder.Protocol protocol;
    private final GeometryFactory factory = new GeometryFactory();

    /** @param protocol the axis-order context of the srsName values, {@link AxisOrder.Protocol#GML_3} in filters */
    public GmlGeometryParser(CrsService crsService, AxisOrder.Protocol protocol) {
        this.crsService = Objects.requireNonNull(crsService);
        this.protocol = Objects.requireNonNull(protocol);
    }

    /**
     * Reads the geometry element the reader is on; the reader ends on its end tag.
     *
     * @throws fr.crige.ows.OwsException InvalidParameterValue for a geometry that is not understood
     */
    public GmlGeometry parse(XMLStreamReader reader) throws XMLStreamException {
        requireGml(reader);
        String srsName = reader.getAttributeValue(null, "srsName");
        boolean envelope = isEnvelope(reader.getLocalName());
        Geometry geometry = envelope ? factory.toGeometry(readEnvelope(reader)) : readGeometry(reader);
        if (srsName == null || srsName.isBlank()) {
            return new GmlGeometry(geometry, 0, envelope);
        }
        Crs crs = decode(srsName.trim());
        boolean swap = AxisOrder.isNorthingFirst(protocol, srsName.trim(), crs);
        if (swap) {
            geometry = envelope ? factory.toGeometry(AxisOrder.swap(geometry.getEnvelopeInternal()))
                    : AxisOrder.swap(geometry);
        }
        return new GmlGeometry(geometry, crs.srid(), envelope);
    }

    private Crs decode(String srsName) {
        try {
            return crsService.decode(srsName);
        } catch (UnsupportedCrsException e) {
            throw FesErrors.invalid("Unsupported srsName '" + srsName + "' in a filter geometry: " + e.getMessage());
        }
    }

    private static boolean isEnvelope(String localName) {
        return localName.equals("Envelope") || localName.equals("Box");
    }

    private Geometry readGeometry(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        int dimension = dimension(reader, 2);
        try {
            return switch (name) {
                case "Point" -> readPoint(reader, dimension);
                case "LineString" -> factory.createLineString(readCoordinates(reader, dimension));
                case "LinearRing" -> factory.createLinearRing(readCoordinates(reader, dimension));
                case "Polygon" -> readPolygon(reader, dimension);
                case "MultiPoint" -> factory.createMultiPoint(readMembers(reader, Point.class).toArray(Point[]::new));
                case "MultiCurve", "MultiLineString" -> factory.createMultiLineString(
                        readMembers(reader, LineString.class).toArray(LineString[]::new));
                case "MultiSurface", "MultiPolygon" -> factory.createMultiPolygon(
                        readMembers(reader, Polygon.class).toArray(Polygon[]::new));
                case "MultiGeometry" -> factory.createGeometryCollection(
                        readMembers(reader, Geometry.class).toArray(Geometry[]::new));
                default -> throw FesErrors.invalid("Unsupported GML geometry " + name);
            };
        } catch (IllegalArgumentException e) {
            // JTS refuses open rings and rings or lines with too few points
            throw FesErrors.invalid("Invalid GML " + name + ": " + e.getMessage());
        }
    }

    private Point readPoint(XMLStreamReader reader, int dimension) throws XMLStreamException {
        Coordinate[] coordinates = readCoordinates(reader, dimension);
        if (coordinates.length != 1) {
            throw FesErrors.invalid("A GML Point needs exactly one position, got " + coordinates.length);
        }
        return factory.createPoint(coordinates[0]);
    }

    private Polygon readPolygon(XMLStreamReader reader, int dimension) throws XMLStreamException {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        while (StaxElements.nextChild(reader)) {
            requireGml(reader);
            String boundary = reader.getLocalName();
            boolean exterior = boundary.equals("exterior") || boundary.equals("outerBoundaryIs");
            if (!exterior && !boundary.equals("interior") && !boundary.equals("innerBoundaryIs")) {
                throw FesErrors.invalid("Unexpected " + boundary + " in a GML Polygon");
            }
            LinearRing ring = readRing(reader, dimension);
            if (exterior) {
                if (shell != null) {
                    throw FesErrors.invalid("A GML Polygon has one exterior ring");
                }
                shell = ring;
            } else {
                holes.add(ring);
            }
        }
        if (shell == null) {
            throw FesErrors.invalid("A GML Polygon needs an exterior ring");
        }
        return factory.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    /** Reads the single LinearRing of a boundary element. */
    private LinearRing readRing(XMLStreamReader reader, int dimension) throws XMLStreamException {
        if (!StaxElements.nextChild(reader) || !reader.getLocalName().equals("LinearRing")) {
            throw FesErrors.invalid("A GML polygon boundary must contain a LinearRing");
        }
        requireGml(reader);
        LinearRing ring = factory.createLinearRing(readCoordinates(reader, dimension(reader, dimension)));
        if (StaxElements.nextChild(reader)) {
            throw FesErrors.invalid("A GML polygon boundary holds one LinearRing");
        }
        return ring;
    }

    /**
     * Reads the members of a multi-geometry: {@code xxxMember} elements holding one geometry each and
     * {@code xxxMembers} elements holding several.
     */
    private <T extends Geometry> List<T> readMembers(XMLStreamReader reader, Class<T> type) throws XMLStreamException {
        List<T> members = new ArrayList<>();
        while (StaxElements.nextChild(reader)) {
            requireGml(reader);
            String property = reader.getLocalName();
            if (!property.endsWith("Member") && !property.endsWith("Members")) {
                throw FesErrors.invalid("Unexpected " + property + " in a GML multi-geometry");
            }
            while (StaxElements.nextChild(reader)) {
                requireGml(reader);
                Geometry member = readGeometry(reader);
                if (!type.isInstance(member) || member instanceof LinearRing) {
                    throw FesErrors.invalid("A " + member.getGeometryType() + " cannot be a member of this GML"
                            + " multi-geometry");
                }
                members.add(type.cast(member));
            }
        }
        return members;
    }

    private Envelope readEnvelope(XMLStreamReader reader) throws XMLStreamException {
        int dimension = dimension(reader, 2);
        Coordinate lower = null;
        Coordinate upper = null;
        if (reader.getLocalName().equals("Box")) {
            Coordinate[] corners = readCoordinates(reader, dimension);
            if (corners.length != 2) {
                throw FesErrors.invalid("A GML Box needs two corners");
            }
            lower = corners[0];
            upper = corners[1];
        } else {
            while (StaxElements.nextChild(reader)) {
                requireGml(reader);
                String corner = reader.getLocalName();
                Coordinate[] position = parsePositions(StaxElements.text(reader), dimension);
                if (position.length != 1) {
                    throw FesErrors.invalid("A GML " + corner + " is one position");
                }
                switch (corner) {
                    case "lowerCorner" -> lower = position[0];
                    case "upperCorner" -> upper = position[0];
                    default -> throw FesErrors.invalid("Unexpected " + corner + " in a GML Envelope");
                }
            }
        }
        if (lower == null || upper == null) {
            throw FesErrors.invalid("A GML Envelope needs a lowerCorner and an upperCorner");
        }
        if (lower.x > upper.x || lower.y > upper.y) {
            throw FesErrors.invalid("The lowerCorner of a GML Envelope must not exceed its upperCorner");
        }
        return new Envelope(lower.x, upper.x, lower.y, upper.y);
    }

    /** Reads the pos, posList or coordinates children of a Point, LineString or LinearRing. */
    private Coordinate[] readCoordinates(XMLStreamReader reader, int dimension) throws XMLStreamException {
        List<Coordinate> coordinates = new ArrayList<>();
        while (StaxElements.nextChild(reader)) {
            requireGml(reader);
            String name = reader.getLocalName();
            switch (name) {
                case "pos", "posList" -> {
                    int d = dimension(reader, dimension);
                    coordinates.addAll(List.of(parsePositions(StaxElements.text(reader), d)));
                }
                case "coordinates" -> coordinates.addAll(List.of(parseGml2Coordinates(reader)));
                default -> throw FesErrors.invalid("Unexpected " + name + " in GML coordinates");
            }
        }
        if (coordinates.isEmpty()) {
            throw FesErrors.invalid("A GML geometry has no coordinates");
        }
        return coordinates.toArray(Coordinate[]::new);
    }

    /** Positions of a pos, posList or corner: numbers separated by white space, {@code dimension} per position. */
    private static Coordinate[] parsePositions(String text, int dimension) {
        String[] tokens = text.isEmpty() ? new String[0] : WHITESPACE.split(text);
        if (tokens.length == 0 || tokens.length % dimension != 0) {
            throw FesErrors.invalid("GML positions must have " + dimension + " ordinates each, got "
                    + tokens.length + " numbers");
        }
        Coordinate[] result = new Coordinate[tokens.length / dimension];
        for (int i = 0; i < result.length; i++) {
            double x = number(tokens[i * dimension]);
            double y = number(tokens[i * dimension + 1]);
            result[i] = dimension > 2 ? new Coordinate(x, y, number(tokens[i * dimension + 2])) : new Coordinate(x, y);
        }
        return result;
    }

    /** GML 2 {@code coordinates}: tuples separated by {@code ts}, ordinates by {@code cs}. */
    private static Coordinate[] parseGml2Coordinates(XMLStreamReader reader) throws XMLStreamException {
        String decimal = attribute(reader, "decimal", ".");
        String cs = attribute(reader, "cs", ",");
        String ts = attribute(reader, "ts", " ");
        String text = StaxElements.text(reader);
        List<Coordinate> result = new ArrayList<>();
        String tupleSeparator = ts.isBlank() ? "\\s+" : Pattern.quote(ts);
        for (String tuple : text.split(tupleSeparator)) {
            if (tuple.isBlank()) {
                continue;
            }
            String[] ordinates = tuple.trim().split(Pattern.quote(cs));
            if (ordinates.length < 2 || ordinates.length > 3) {
                throw FesErrors.invalid("GML coordinates tuple '" + StaxElements.abbreviate(tuple) + "' is not x"
                        + cs + "y");
            }
            double x = number(ordinates[0].trim().replace(decimal, "."));
            double y = number(ordinates[1].trim().replace(decimal, "."));
            result.add(new Coordinate(x, y));
        }
        return result.toArray(Coordinate[]::new);
    }

    private static String attribute(XMLStreamReader reader, String name, String defaultValue) {
        String value = reader.getAttributeValue(null, name);
        return value == null || value.isEmpty() ? defaultValue : value;
    }

    private static double number(String token) {
        try {
            double value = Double.parseDouble(token);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw FesErrors.invalid("'" + StaxElements.abbreviate(token) + "' is not a coordinate");
    }

    private static int dimension(XMLStreamReader reader, int inherited) {
        String value = reader.getAttributeValue(null, "srsDimension");
        if (value == null) {
            return inherited;
        }
        return switch (value.trim()) {
            case "2" -> 2;
            case "3" -> 3;
            default -> throw FesErrors.invalid("srsDimension must be 2 or 3, got '"
                    + StaxElements.abbreviate(value) + "'");
        };
    }

    private static void requireGml(XMLStreamReader reader) {
        if (!Namespaces.isGml(reader.getNamespaceURI())) {
            throw FesErrors.invalid("Expected a GML element, got " + reader.getName());
        }
    }
}
