package fr.crige.core.filter;

/** FES 2.0 distance operators. */
public enum DistanceOperator {
    DWITHIN, BEYOND
}
