package fr.crige.csw;

import java.util.Objects;

/**
 * The catalogue's settings, from {@code crige.csw.*} properties in the server.
 *
 * @param maxRecordsLimit   the largest maxRecords accepted; larger requests are refused rather than silently
 *                          truncated, so a harvester never mistakes a short page for the end
 * @param defaultMaxRecords maxRecords when the request has none (CSW 2.0.2 says 10)
 * @param title             the service title of the capabilities
 * @param abstractText      the service abstract
 * @param providerName      the organisation running the catalogue
 * @param contactEmail      its contact address
 */
public record CswSettings(int maxRecordsLimit, int defaultMaxRecords, String title, String abstractText,
        String providerName, String contactEmail) {

    public CswSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(contactEmail, "contactEmail");
        if (defaultMaxRecords < 0 || defaultMaxRecords > maxRecordsLimit) {
            throw new IllegalArgumentException("defaultMaxRecords must be between 0 and maxRecordsLimit");
        }
    }

    public static CswSettings defaults() {
        return new CswSettings(1000, 10, "Catalogue régional de données géographiques",
                "Service de recherche (CSW 2.0.2, profil ISO, INSPIRE Discovery) des métadonnées des données et "
                        + "services géographiques publiés par le centre régional.",
                "CRIGE", "contact@crige.example");
    }

}
