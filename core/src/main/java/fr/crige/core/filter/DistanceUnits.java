package fr.crige.core.filter;

import fr.crige.core.store.InvalidQueryException;
import java.util.Locale;

/**
 * The units of a DWithin/Beyond distance and their conversion to the units of a CRS.
 *
 * <p>Supported: no unit (the distance is in the units of the CRS it is evaluated in), metres and kilometres
 * (names, UCUM codes and EPSG URNs/URIs 9001 and 9036), and degrees (EPSG 9102, "deg"). Linear units are
 * valid on projected CRSs, which crige assumes metric (all the EPSG projected CRSs of France are); degrees
 * are valid on geographic CRSs. Converting metres to degrees would depend on the place and is refused
 * rather than approximated.
 */
public enum DistanceUnits {
    /** The units of the CRS of evaluation. */
    CRS(1),
    METRE(1),
    KILOMETRE(1000),
    DEGREE(1);

    private final double factor;

    DistanceUnits(double factor) {
        this.factor = factor;
    }

    /**
     * Parses a unit name as sent in FES ({@code uom}), CQL or KVP requests.
     *
     * @throws InvalidQueryException when the unit is not supported
     */
    public static DistanceUnits parse(String units) {
        if (units == null || units.isBlank()) {
            return CRS;
        }
        String u = units.trim().toLowerCase(Locale.ROOT);
        int sep = Math.max(u.lastIndexOf(':'), u.lastIndexOf('/'));
        String code = u.substring(sep + 1);
        return switch (code) {
            case "m", "metre", "metres", "meter", "meters", "9001" -> METRE;
            case "km", "kilometre", "kilometres", "kilometer", "kilometers", "9036" -> KILOMETRE;
            case "deg", "degree", "degrees", "9102", "9122" -> DEGREE;
            default -> throw new InvalidQueryException("Unsupported distance unit '" + units
                    + "' (supported: m, km, deg)", "uom");
        };
    }

    /**
     * Converts a distance in these units to the units of a CRS.
     *
     * @param geographic whether the CRS is geographic (degrees) rather than projected (metres)
     * @throws InvalidQueryException when the units do not suit the CRS
     */
    public double toCrsUnits(double distance, boolean geographic) {
        if (this == CRS) {
            return distance;
        }
        if ((this == DEGREE) != geographic) {
            throw new InvalidQueryException("Distance in " + name().toLowerCase(Locale.ROOT) + "s cannot be used with a "
                    + (geographic ? "geographic" : "projected") + " CRS", "uom");
        }
        return inBaseUnit(distance);
    }

    /**
     * The distance in the base unit of its kind, metres or degrees, without checking the CRS: for callers
     * whose filter was already normalised by {@link FilterReprojector}.
     */
    public double inBaseUnit(double distance) {
        return distance * factor;
    }
}
