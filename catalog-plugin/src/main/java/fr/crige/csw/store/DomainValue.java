package fr.crige.csw.store;

/** A value a queryable takes in the catalogue and the number of records holding it (GetDomain). */
public record DomainValue(String value, long count) {
}
