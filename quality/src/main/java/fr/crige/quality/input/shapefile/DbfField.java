package fr.crige.quality.input.shapefile;

/**
 * A column of a DBF table.
 *
 * @param name     column name (ASCII in practice; read as ISO-8859-1 so that no byte is lost)
 * @param type     dBASE type letter: C character, N numeric, F float, D date, L logical, M memo...
 * @param length   width in bytes
 * @param decimals digits after the decimal point (N, F)
 */
record DbfField(String name, char type, int length, int decimals) {

    boolean isText() {
        return type == 'C' || type == 'M';
    }
}
