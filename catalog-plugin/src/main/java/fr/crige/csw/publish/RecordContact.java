package fr.crige.csw.publish;

import java.util.Objects;

/** The organisation responsible for what crige publishes, the contact of every generated record. */
public record RecordContact(String organisation, String email) {

    public RecordContact {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(email, "email");
    }
}
