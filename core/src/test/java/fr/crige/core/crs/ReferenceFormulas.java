package fr.crige.core.crs;

/**
 * Independent implementations of the projection formulas of IOGP Guidance Note 7-2, to compute expected values
 * for the tests without asking SIS.
 */
final class ReferenceFormulas {

    /** Semi-major axis of both GRS 1980 and WGS 84. */
    static final double SEMI_MAJOR_AXIS = 6378137;
    /** GRS 1980 (RGF93, RGR92, RGAF09). */
    static final double GRS80_INVERSE_F = 298.257222101;
    /** WGS 84. */
    static final double WGS84_INVERSE_F = 298.257223563;

    private ReferenceFormulas() {
    }

    /** Lambert Conic Conformal (2SP), EPSG method 9802, on GRS 1980; returns {easting, northing}. */
    static double[] lambertConic2SP(double lonDeg, double latDeg, double lat0Deg, double lon0Deg,
                                    double lat1Deg, double lat2Deg, double falseEasting, double falseNorthing) {
        double e = Math.sqrt(eccentricitySquared(GRS80_INVERSE_F));
        double m1 = m(Math.toRadians(lat1Deg), e);
        double m2 = m(Math.toRadians(lat2Deg), e);
        double t1 = t(Math.toRadians(lat1Deg), e);
        double t2 = t(Math.toRadians(lat2Deg), e);
        double tF = t(Math.toRadians(lat0Deg), e);
        double t = t(Math.toRadians(latDeg), e);
        double n = (Math.log(m1) - Math.log(m2)) / (Math.log(t1) - Math.log(t2));
        double f = m1 / (n * Math.pow(t1, n));
        double rF = SEMI_MAJOR_AXIS * f * Math.pow(tF, n);
        double r = SEMI_MAJOR_AXIS * f * Math.pow(t, n);
        double theta = n * Math.toRadians(lonDeg - lon0Deg);
        return new double[] {falseEasting + r * Math.sin(theta), falseNorthing + rF - r * Math.cos(theta)};
    }

    /** Lambert-93 (EPSG:2154). */
    static double[] lambert93(double lon, double lat) {
        return lambertConic2SP(lon, lat, 46.5, 3, 49, 44, 700_000, 6_600_000);
    }

    /** Conique Conforme zone {@code zone} (CC42 to CC50, EPSG:3942 to 3950). */
    static double[] conicConformalZone(int zone, double lon, double lat) {
        return lambertConic2SP(lon, lat, zone, 3, zone - 0.75, zone + 0.75, 1_700_000,
                (zone - 41) * 1_000_000.0 + 200_000);
    }

    /** Popular Visualisation Pseudo Mercator (EPSG:3857), spherical formulas with the WGS 84 semi-major axis. */
    static double[] webMercator(double lon, double lat) {
        return new double[] {SEMI_MAJOR_AXIS * Math.toRadians(lon),
                SEMI_MAJOR_AXIS * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2))};
    }

    /** UTM northing of a point on the central meridian: k0 times the meridian arc (false northing in the south). */
    static double utmNorthingOnCentralMeridian(double latDeg, double inverseFlattening) {
        double arc = 0.9996 * meridianArc(Math.toRadians(Math.abs(latDeg)), inverseFlattening);
        return latDeg >= 0 ? arc : 10_000_000 - arc;
    }

    /** Meridian arc length from the equator, series to e^6 (sub-millimetre on these ellipsoids). */
    static double meridianArc(double lat, double inverseFlattening) {
        double e2 = eccentricitySquared(inverseFlattening);
        double e4 = e2 * e2;
        double e6 = e4 * e2;
        return SEMI_MAJOR_AXIS * ((1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * lat
                - (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * Math.sin(2 * lat)
                + (15 * e4 / 256 + 45 * e6 / 1024) * Math.sin(4 * lat)
                - (35 * e6 / 3072) * Math.sin(6 * lat));
    }

    private static double eccentricitySquared(double inverseFlattening) {
        double f = 1 / inverseFlattening;
        return 2 * f - f * f;
    }

    private static double m(double lat, double e) {
        return Math.cos(lat) / Math.sqrt(1 - e * e * Math.sin(lat) * Math.sin(lat));
    }

    private static double t(double lat, double e) {
        double esin = e * Math.sin(lat);
        return Math.tan(Math.PI / 4 - lat / 2) / Math.pow((1 - esin) / (1 + esin), e / 2);
    }
}
