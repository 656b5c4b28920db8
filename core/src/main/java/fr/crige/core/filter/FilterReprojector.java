package fr.crige.core.filter;

import fr.crige.core.crs.CrsService;

/**
 * Returns a copy of a filter whose geometries (BBOX envelopes, spatial and distance literals) are expressed
 * in a target CRS, typically the native CRS of the queried type, so that stores and
 * {@link FilterEvaluator} compare coordinates of one CRS.
 *
 * <ul>
 * <li>A literal with srid 0 is already in the target CRS; only its srid changes.</li>
 * <li>A BBOX envelope is transformed with {@link CrsService#transform(org.locationtech.jts.geom.Envelope,
 * int, int)} (edges densified), so the native envelope contains the requested area; a BBOX in another CRS
 * therefore selects what intersects that slightly larger envelope. Every store uses this class, so they
 * agree.</li>
 * <li>Distance filters get their distance converted to the units of the target CRS and lose their units
 * ({@link DistanceUnits}).</li>
 * </ul>
 */
public final class FilterReprojector {
    private final CrsService crs;

    public FilterReprojector(CrsService crs) {
        this.crs = crs;
    }

    /** The filter with its geometries in {@code targetSrid}. */
    public Filter reproject(Filter filter, int targetSrid) {
        return filter.accept(new Copier(targetSrid));
    }

    private final class Copier extends FilterCopier {
        private final int target;

        Copier(int target) {
            this.target = target;
        }

        @Override
        public Filter visit(Filter.BBox f) {
            if (isTarget(f.srid())) {
                return new Filter.BBox(f.property(), f.envelope(), target);
            }
            return new Filter.BBox(f.property(), crs.transform(f.envelope(), f.srid(), target), target);
        }

        @Override
        public Filter visit(Filter.Spatial f) {
            if (isTarget(f.srid())) {
                return new Filter.Spatial(f.operator(), f.property(), f.geometry(), target);
            }
            return new Filter.Spatial(f.operator(), f.property(), crs.transform(f.geometry(), f.srid(), target),
                    target);
        }

        @Override
        public Filter visit(Filter.Distance f) {
            DistanceUnits units = DistanceUnits.parse(f.units());
            if (units == DistanceUnits.CRS && !isTarget(f.srid())) {
                // no units: the distance is in the units of the literal's own CRS
                units = crs.forSrid(f.srid()).geographic() ? DistanceUnits.DEGREE : DistanceUnits.METRE;
            }
            double distance = units == DistanceUnits.CRS ? f.distance()
                    : units.toCrsUnits(f.distance(), crs.forSrid(target).geographic());
            var geometry = isTarget(f.srid()) ? f.geometry() : crs.transform(f.geometry(), f.srid(), target);
            return new Filter.Distance(f.operator(), f.property(), geometry, target, distance, null);
        }

        private boolean isTarget(int srid) {
            return srid == 0 || srid == target;
        }
    }
}
