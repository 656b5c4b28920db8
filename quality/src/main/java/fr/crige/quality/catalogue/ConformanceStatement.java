package fr.crige.quality.catalogue;

/**
 * What a check of a published layer states in its catalogue record, as an ISO 19115 DQ_ConformanceResult.
 *
 * @param specificationTitle title of the standard checked against
 * @param specificationDate  publication date of that standard (ISO 8601), or null when the standard file gives
 *                           none (the date is then written as unknown, with a nil reason)
 * @param pass               whether the layer conforms (no blocking finding)
 * @param explanation        what was checked and found, for a reader of the record
 */
public record ConformanceStatement(String specificationTitle, String specificationDate, boolean pass,
        String explanation) {
}
