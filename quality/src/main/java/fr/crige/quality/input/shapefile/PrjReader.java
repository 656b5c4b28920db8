package fr.crige.quality.input.shapefile;

import fr.crige.quality.model.CrsNames;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.IdentifiedObjects;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.util.FactoryException;

/**
 * The CRS of a .prj file as the {@code EPSG:<code>} the standards list. Apache SIS parses the WKT 1; the
 * EPSG code is then found by equivalence, not by name: the ESRI dialect that most .prj files use names the
 * datum "D_RGF_1993" where EPSG says "Reseau Geodesique Francais 1993", so SIS's name-based lookup finds
 * nothing. The CRSs the standard allows, then those of French deliveries, are tried first: a .prj is
 * equivalent to one when the coordinate operation between them (right-handed axes on both sides) is the
 * identity. When none matches, the CRS name is returned so that the finding says what the file declares.
 */
final class PrjReader {

    /** Metropolitan and overseas CRSs of French deliveries, and the usual world ones. */
    private static final List<String> USUAL = List.of("EPSG:2154", "EPSG:4326", "EPSG:4171", "EPSG:3857",
            "EPSG:3942", "EPSG:3943", "EPSG:3944", "EPSG:3945", "EPSG:3946", "EPSG:3947", "EPSG:3948", "EPSG:3949",
            "EPSG:3950", "EPSG:27572", "EPSG:5490", "EPSG:2972", "EPSG:2975", "EPSG:4471", "EPSG:32620",
            "EPSG:32622", "EPSG:32630", "EPSG:32631", "EPSG:32632");

    private PrjReader() {
    }

    /**
     * @param allowed the CRSs the standard allows ({@code EPSG:<code>}), tried first
     */
    static String crs(String wkt, List<String> allowed) {
        CoordinateReferenceSystem crs;
        try {
            crs = rightHanded(CRS.fromWKT(wkt.strip()));
        } catch (FactoryException | RuntimeException e) {
            return "unreadable .prj (" + e.getMessage() + ")";
        }
        Set<String> candidates = new LinkedHashSet<>(allowed);
        candidates.addAll(USUAL);
        for (String code : candidates) {
            if (code.startsWith("EPSG:") && equivalent(crs, code)) {
                return code;
            }
        }
        try {
            Integer code = IdentifiedObjects.lookupEPSG(crs);
            if (code != null) {
                return CrsNames.normalise("EPSG:" + code);
            }
        } catch (FactoryException e) {
            // no equivalent in the EPSG database: the declared name is reported
        }
        return crs.getName().getCode();
    }

    private static boolean equivalent(CoordinateReferenceSystem crs, String code) {
        try {
            return CRS.findOperation(crs, rightHanded(CRS.forCode(code)), null).getMathTransform().isIdentity();
        } catch (FactoryException | RuntimeException e) {
            return false;
        }
    }

    private static CoordinateReferenceSystem rightHanded(CoordinateReferenceSystem crs) {
        return AbstractCRS.castOrCopy(crs).forConvention(AxesConvention.RIGHT_HANDED);
    }
}
