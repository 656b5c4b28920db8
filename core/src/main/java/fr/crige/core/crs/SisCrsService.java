package fr.crige.core.crs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.apache.sis.geometry.Envelopes;
import org.apache.sis.geometry.GeneralEnvelope;
import org.apache.sis.metadata.iso.extent.DefaultGeographicBoundingBox;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryComponentFilter;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.opengis.metadata.extent.GeographicBoundingBox;
import org.opengis.referencing.NoSuchAuthorityCodeException;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.referencing.cs.CoordinateSystem;
import org.opengis.referencing.cs.CoordinateSystemAxis;
import org.opengis.referencing.operation.CoordinateOperation;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * {@link CrsService} backed by Apache SIS and the EPSG dataset embedded in {@code sis-embedded-data} (a read-only
 * Derby database inside the jar: no {@code SIS_DATA} directory and no network are needed).
 *
 * <h2>Axis order</h2>
 * Every EPSG CRS is used through {@code AbstractCRS.forConvention(AxesConvention.RIGHT_HANDED)}, which puts
 * longitude/easting first (EPSG:4326 becomes longitude, latitude) and only <em>reorders</em> axes. The stronger
 * {@code DISPLAY_ORIENTED} convention would also reverse west- or south-oriented axes (a few southern African
 * "Lo" systems), negating their coordinates; {@code RIGHT_HANDED} keeps the values as GeoPackage and PostGIS store
 * them for those CRSs, which is what the stores hand us.
 *
 * <h2>Accepted CRSs</h2>
 * Any two-dimensional geographic or projected CRS of the EPSG dataset; vertical, compound, geocentric and 3D CRSs
 * are rejected since features are handled in 2D. Identifiers are parsed lexically first, so malformed or oversized
 * input never reaches the database.
 *
 * <h2>Points without an image</h2>
 * Outside its domain of validity a projection still gives finite (increasingly distorted) coordinates, but some
 * points have no image at all: the poles in Mercator, the far side of a transverse Mercator, the antipode of a
 * conic projection's pole. SIS returns NaN or infinity for them. {@link #transform(Geometry, int, int)} never lets
 * those values through: it throws {@link UnsupportedCrsException}. {@link #transform(Envelope, int, int)} first
 * transforms the whole envelope; when that has no finite image it transforms the part of the envelope inside the
 * target's EPSG domain of validity instead, and returns an empty envelope when there is no such part.
 *
 * <h2>Cost</h2>
 * Nothing happens at construction. The first use opens the EPSG database and initialises SIS: about 4 s on a
 * 2-core machine (Derby boot ~2 s, first CRS ~1 s, first coordinate operation ~1 s); decoding the whole
 * {@link #supported()} list from cold takes about 5 s. Later decodes and transforms come from caches. To spare the
 * first request that latency, call {@link #supported()} from a background thread at start-up. Throughput measured
 * once on that machine (JIT warm, one thread), EPSG:2154 to EPSG:4326: about 4.5 million points/s through the
 * raw SIS transform, 5 to 6 million points/s through {@link #transform(Geometry, int, int)} on 100-point line
 * strings (copy included), 1 to 3 million single points/s.
 *
 * <h2>Logging</h2>
 * SIS logs nothing when used with the CRSs of {@link #supported()}. The Derby engine's {@code derby.log} file is
 * redirected to SLF4J by {@link DerbyErrorLog}. SIS does log a warning ("The SIS_DATA environment variable is not
 * set") when the best operation between two CRSs needs a datum-shift grid file, e.g. from NTF (EPSG:27572) to
 * RGF93: it then falls back to a less accurate operation, which is worth a warning, so it is left visible.
 *
 * <p>Thread-safe.
 */
public final class SisCrsService implements CrsService {

    static {
        DerbyErrorLog.install();
    }

    /** WGS 84, in which EPSG domains of validity are given. */
    private static final int WGS84 = 4326;

    /**
     * The CRSs advertised by default, in this order: WGS 84 and Web Mercator for the world, the RGF93 v1 family
     * for metropolitan France (Lambert-93, the nine conic conformal zones CC42 to CC50, geographic RGF93 v1),
     * ETRS89 for INSPIRE, UTM zones 30N to 32N over metropolitan France, and the overseas regions: French
     * Guiana (RGFG95 / UTM 22N), Réunion (RGR92 / UTM 40S), Saint-Pierre-et-Miquelon (RGSPM06 / UTM 21N), Mayotte
     * (RGM04 / UTM 38S), Martinique and Guadeloupe (RGAF09 / UTM 20N).
     */
    private static final int[] SUPPORTED_CODES = {
        4326, 3857,
        2154, 3942, 3943, 3944, 3945, 3946, 3947, 3948, 3949, 3950, 4171,
        4258,
        32630, 32631, 32632,
        2972, 2975, 4467, 4471, 5490
    };

    /** Points per envelope edge, added to SIS's own extremum search to follow curved edges. */
    private static final int EDGE_SAMPLES = 16;
    /** How many transformed envelopes (and grids) are kept: more than the maps rendered at once. */
    private static final int RECENT_ENVELOPES = 64;

    /** A decoded EPSG CRS with what crige derives from it. */
    private record Definition(Crs crs, CoordinateReferenceSystem internal, Envelope domain) {
    }

    private final Map<Integer, Definition> definitions = new ConcurrentHashMap<>();
    private final Map<Long, CoordinateOperation> operations = new ConcurrentHashMap<>();
    /**
     * The last envelopes transformed. A map's layers each ask for the map's envelope in their native CRS, and
     * a rigorous envelope transform costs about a millisecond: the layers after the first reuse it.
     */
    private final Map<EnvelopeKey, Envelope> recentEnvelopes = recent();
    /** The last grid approximations built (empty when none meets the tolerance), as for envelopes. */
    private final Map<GridKey, Optional<GridApproximation>> recentGrids = recent();
    private volatile List<Crs> supported;

    /** A synchronized map keeping the {@link #RECENT_ENVELOPES} most recently used entries. */
    private static <K, V> Map<K, V> recent() {
        return Collections.synchronizedMap(new LinkedHashMap<>(RECENT_ENVELOPES, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > RECENT_ENVELOPES;
            }
        });
    }

    @Override
    public Crs decode(String identifier) {
        CrsIdentifier parsed = CrsIdentifier.parse(identifier);
        Crs crs = forSrid(parsed.srid());
        if (parsed.form() == CrsIdentifier.Form.CRS84) {
            return new Crs(crs.srid(), crs.name(), false, true);
        }
        return crs;
    }

    @Override
    public Crs forSrid(int srid) {
        return definition(srid).crs();
    }

    @Override
    public List<Crs> supported() {
        List<Crs> list = supported;
        if (list == null) {
            list = IntStream.of(SUPPORTED_CODES).mapToObj(this::forSrid).toList();
            supported = list;
        }
        return list;
    }

    @Override
    public Envelope domainOfValidity(int srid) {
        Envelope domain = definition(srid).domain();
        return domain == null ? null : new Envelope(domain);
    }

    @Override
    public Geometry transform(Geometry geometry, int fromSrid, int toSrid) {
        Objects.requireNonNull(geometry, "geometry");
        if (fromSrid == toSrid) {
            return geometry;
        }
        MathTransform transform = operation(fromSrid, toSrid).getMathTransform();
        return transform(geometry, toSrid, transform.isIdentity() ? null
                : (xy, count) -> transform.transform(xy, 0, xy, 0, count));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Within the area, coordinates are interpolated on a grid of exactly transformed points
     * ({@link GridApproximation}); the grids of the last areas are kept, since a map's layers share one.
     */
    @Override
    public UnaryOperator<Geometry> approximateTransform(int fromSrid, int toSrid, Envelope area, double tolerance) {
        if (fromSrid == toSrid) {
            return UnaryOperator.identity();
        }
        MathTransform exact = operation(fromSrid, toSrid).getMathTransform();
        GridKey key = new GridKey(area.getMinX(), area.getMinY(), area.getMaxX(), area.getMaxY(), fromSrid, toSrid,
                tolerance);
        Optional<GridApproximation> grid = recentGrids.get(key);
        if (grid == null) {
            try {
                grid = Optional.ofNullable(exact.isIdentity() ? null : GridApproximation.over(exact, area, tolerance));
            } catch (TransformException e) {
                grid = Optional.empty();
            }
            recentGrids.put(key, grid);
        }
        if (grid.isEmpty()) {
            return g -> transform(g, fromSrid, toSrid);
        }
        GridApproximation approximation = grid.get();
        return g -> transform(Objects.requireNonNull(g, "geometry"), toSrid, approximation::transform);
    }

    /** Transforms x, y pairs in place. */
    @FunctionalInterface
    private interface PointsTransform {
        void transform(double[] xy, int count) throws TransformException;
    }

    /** A copy of the geometry transformed by {@code points} (null for the identity), tagged with the target SRID. */
    private static Geometry transform(Geometry geometry, int toSrid, PointsTransform points) {
        Geometry result = geometry.copy();
        if (points != null) {
            result.apply((GeometryComponentFilter) component -> {
                if (component instanceof LineString line) {
                    transformInPlace(line.getCoordinateSequence(), points, toSrid);
                } else if (component instanceof Point point) {
                    transformInPlace(point.getCoordinateSequence(), points, toSrid);
                }
            });
            result.geometryChanged();
        }
        result.setSRID(toSrid);
        return result;
    }

    /** Transforms x and y of a whole sequence in one call; other ordinates (z, m) are kept. */
    private static void transformInPlace(CoordinateSequence sequence, PointsTransform points, int toSrid) {
        int size = sequence.size();
        if (size == 0) {
            return;
        }
        double[] xy = new double[2 * size];
        for (int i = 0; i < size; i++) {
            xy[2 * i] = sequence.getX(i);
            xy[2 * i + 1] = sequence.getY(i);
        }
        try {
            points.transform(xy, size);
        } catch (TransformException e) {
            throw new UnsupportedCrsException("EPSG:" + toSrid, "Cannot transform coordinates: " + e.getMessage(), e);
        }
        for (int i = 0; i < size; i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new UnsupportedCrsException("EPSG:" + toSrid, "Point (" + sequence.getX(i) + " "
                        + sequence.getY(i) + ") has no position in EPSG:" + toSrid);
            }
            sequence.setOrdinate(i, CoordinateSequence.X, x);
            sequence.setOrdinate(i, CoordinateSequence.Y, y);
        }
    }

    @Override
    public Envelope transform(Envelope envelope, int fromSrid, int toSrid) {
        Objects.requireNonNull(envelope, "envelope");
        if (envelope.isNull()) {
            return new Envelope();
        }
        if (fromSrid == toSrid) {
            return new Envelope(envelope);
        }
        EnvelopeKey key = new EnvelopeKey(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(),
                envelope.getMaxY(), fromSrid, toSrid);
        Envelope known = recentEnvelopes.get(key);
        if (known == null) {
            Envelope result = transformOrNull(envelope, operation(fromSrid, toSrid));
            if (result == null) {
                result = transformInsideDomain(envelope, fromSrid, toSrid);
            }
            known = clampToAxisRanges(result, definition(toSrid).internal());
            recentEnvelopes.put(key, known);
        }
        return new Envelope(known);
    }

    private record EnvelopeKey(double minX, double minY, double maxX, double maxY, int fromSrid, int toSrid) {
    }

    private record GridKey(double minX, double minY, double maxX, double maxY, int fromSrid, int toSrid,
            double tolerance) {
    }

    /**
     * Fallback when the envelope reaches places the target CRS cannot represent: keeps the part inside the target's
     * domain of validity, intersecting in WGS 84.
     */
    private Envelope transformInsideDomain(Envelope envelope, int fromSrid, int toSrid) {
        Envelope domain = definition(toSrid).domain();
        Envelope wgs84 = fromSrid == WGS84 ? envelope : transformOrNull(envelope, operation(fromSrid, WGS84));
        if (domain == null || wgs84 == null) {
            throw new UnsupportedCrsException("EPSG:" + toSrid,
                    "Envelope " + envelope + " has no finite image in EPSG:" + toSrid);
        }
        Envelope clipped = wgs84.intersection(domain);
        if (clipped.isNull()) {
            return new Envelope();
        }
        Envelope result = transformOrNull(clipped, operation(WGS84, toSrid));
        if (result == null) {
            throw new UnsupportedCrsException("EPSG:" + toSrid,
                    "Envelope " + envelope + " has no finite image in EPSG:" + toSrid);
        }
        return result;
    }

    /**
     * The transformed envelope, or null when some of it has no finite image. SIS's {@link Envelopes#transform}
     * handles poles and the antimeridian and searches extrema from corners, mid-points and derivatives; points
     * along each edge are added to it as a cheap guard for strongly curved edges.
     */
    private static Envelope transformOrNull(Envelope envelope, CoordinateOperation operation) {
        GeneralEnvelope source = new GeneralEnvelope(operation.getSourceCRS());
        source.setRange(0, envelope.getMinX(), envelope.getMaxX());
        source.setRange(1, envelope.getMinY(), envelope.getMaxY());
        double[] edges = edgePoints(envelope);
        GeneralEnvelope target;
        try {
            target = Envelopes.transform(operation, source);
            operation.getMathTransform().transform(edges, 0, edges, 0, edges.length / 2);
        } catch (TransformException e) {
            return null;
        }
        double minX = target.getMinimum(0);
        double maxX = target.getMaximum(0);
        double minY = target.getMinimum(1);
        double maxY = target.getMaximum(1);
        if (!allFinite(minX, maxX, minY, maxY) || !allFinite(edges)) {
            return null;
        }
        Envelope result = new Envelope(minX, maxX, minY, maxY);
        for (int i = 0; i < edges.length; i += 2) {
            result.expandToInclude(edges[i], edges[i + 1]);
        }
        return result;
    }

    /** {@link #EDGE_SAMPLES} points on each edge, corners included, as x,y pairs. */
    private static double[] edgePoints(Envelope e) {
        double[] points = new double[8 * EDGE_SAMPLES];
        double dx = e.getWidth() / EDGE_SAMPLES;
        double dy = e.getHeight() / EDGE_SAMPLES;
        int k = 0;
        for (int i = 0; i < EDGE_SAMPLES; i++) {
            double x = e.getMinX() + i * dx;
            double y = e.getMinY() + i * dy;
            points[k++] = x;                          // bottom edge, west to east
            points[k++] = e.getMinY();
            points[k++] = e.getMaxX() - i * dx;       // top edge, east to west
            points[k++] = e.getMaxY();
            points[k++] = e.getMinX();                // west edge, north to south
            points[k++] = e.getMaxY() - i * dy;
            points[k++] = e.getMaxX();                // east edge, south to north
            points[k++] = y;
        }
        return points;
    }

    private static boolean allFinite(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps geographic results within the axis ranges (longitude -180..180, latitude -90..90): around a pole SIS
     * may report longitudes beyond the antimeridian.
     */
    private static Envelope clampToAxisRanges(Envelope envelope, CoordinateReferenceSystem crs) {
        if (envelope.isNull() || !(crs instanceof GeographicCRS)) {
            return envelope;
        }
        CoordinateSystem cs = crs.getCoordinateSystem();
        return envelope.intersection(new Envelope(min(cs.getAxis(0)), max(cs.getAxis(0)),
                min(cs.getAxis(1)), max(cs.getAxis(1))));
    }

    private static double min(CoordinateSystemAxis axis) {
        return Double.isFinite(axis.getMinimumValue()) ? axis.getMinimumValue() : -Double.MAX_VALUE;
    }

    private static double max(CoordinateSystemAxis axis) {
        return Double.isFinite(axis.getMaximumValue()) ? axis.getMaximumValue() : Double.MAX_VALUE;
    }

    private CoordinateOperation operation(int fromSrid, int toSrid) {
        Definition source = definition(fromSrid);
        Definition target = definition(toSrid);
        long key = ((long) fromSrid << 32) | (toSrid & 0xFFFF_FFFFL);
        return operations.computeIfAbsent(key, k -> {
            try {
                return CRS.findOperation(source.internal(), target.internal(), areaOfInterest(source, target));
            } catch (FactoryException e) {
                throw new UnsupportedCrsException("EPSG:" + toSrid,
                        "No coordinate operation from EPSG:" + fromSrid + " to EPSG:" + toSrid, e);
            }
        });
    }

    /**
     * Null, letting SIS use the intersection of the two domains, unless they are disjoint (e.g. Lambert-93 and
     * Réunion's UTM 40S): SIS 1.5 then fails with an IllegalArgumentException while choosing a datum shift, so the
     * union of both domains is given instead.
     */
    private static GeographicBoundingBox areaOfInterest(Definition source, Definition target) {
        Envelope a = source.domain();
        Envelope b = target.domain();
        if (a == null || b == null || a.intersects(b)) {
            return null;
        }
        Envelope union = new Envelope(a);
        union.expandToInclude(b);
        return new DefaultGeographicBoundingBox(union.getMinX(), union.getMaxX(), union.getMinY(), union.getMaxY());
    }

    private Definition definition(int srid) {
        if (srid <= 0 || srid > 9_999_999) {
            throw new UnsupportedCrsException("EPSG:" + srid, "Invalid EPSG code " + srid);
        }
        Definition cached = definitions.get(srid);
        return cached != null ? cached : definitions.computeIfAbsent(srid, SisCrsService::load);
    }

    private static Definition load(int srid) {
        String code = "EPSG:" + srid;
        CoordinateReferenceSystem authority;
        try {
            authority = CRS.forCode(code);
        } catch (NoSuchAuthorityCodeException e) {
            throw new UnsupportedCrsException(code, "Unknown CRS " + code, e);
        } catch (FactoryException e) {
            throw new UnsupportedCrsException(code, "Cannot create CRS " + code + ": " + e.getMessage(), e);
        }
        boolean geographic = authority instanceof GeographicCRS;
        if (!(geographic || authority instanceof ProjectedCRS)
                || authority.getCoordinateSystem().getDimension() != 2) {
            throw new UnsupportedCrsException(code, code + " is not a two-dimensional geographic or projected CRS");
        }
        CoordinateReferenceSystem internal = AbstractCRS.castOrCopy(authority)
                .forConvention(AxesConvention.RIGHT_HANDED);
        boolean reordered = !authority.getCoordinateSystem().getAxis(0).getDirection()
                .equals(internal.getCoordinateSystem().getAxis(0).getDirection());
        Crs crs = new Crs(srid, authority.getName().getCode(), reordered, geographic);
        return new Definition(crs, internal, toEnvelope(CRS.getGeographicBoundingBox(authority)));
    }

    /** The EPSG extent as lon/lat; an extent crossing the antimeridian becomes the full longitude range. */
    private static Envelope toEnvelope(GeographicBoundingBox box) {
        if (box == null) {
            return null;
        }
        double west = box.getWestBoundLongitude();
        double east = box.getEastBoundLongitude();
        if (west > east) {
            west = -180;
            east = 180;
        }
        return new Envelope(west, east, box.getSouthBoundLatitude(), box.getNorthBoundLatitude());
    }
}
