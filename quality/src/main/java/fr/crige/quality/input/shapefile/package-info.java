/**
 * A minimal reader of zipped ESRI Shapefiles (.shp geometry, .dbf attributes, .prj CRS, .cpg code page).
 *
 * <p>Why written here: the only complete Java implementation, GeoTools' gt-shapefile, is not published on
 * Maven Central, and the small readers that are (javashapefilereader and its forks) are unmaintained and
 * read no DBF. A quality check also needs what general readers hide: the raw bytes of DBF text, so that a
 * code page that does not match the data is reported as a finding rather than silently turned into wrong
 * accents. The formats are small and stable (ESRI Shapefile Technical Description, 1998; dBASE III+ table
 * layout), and only what deliveries use is read: Point, PolyLine, Polygon and MultiPoint with their Z and M
 * variants (Z and M are ignored: the checks are two-dimensional), character, numeric, float, date and logical
 * fields. Records are read in sequence, so the .shx index is not needed.
 */
package fr.crige.quality.input.shapefile;
