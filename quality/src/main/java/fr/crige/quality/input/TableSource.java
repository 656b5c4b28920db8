package fr.crige.quality.input;

/**
 * A table to check: an uploaded file (GeoJSON, CSV, Shapefile, GeoPackage table) or a published layer. The
 * engine first asks for the {@link #header()} (which may read the whole file once, e.g. to know every
 * GeoJSON property key or to check the encoding), then streams the {@link #rows()}: memory does not grow
 * with the number of rows.
 */
public interface TableSource {

    /** Name shown in findings (file name, or workspace:layer). */
    String name();

    /** @throws InputProblem when the file cannot be opened or decoded */
    TableHeader header() throws InputProblem;

    /** @throws InputProblem when the file cannot be opened or decoded */
    RowCursor rows() throws InputProblem;
}
