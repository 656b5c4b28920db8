package fr.crige.core.filter;

/** FES 2.0 binary spatial operators (BBOX and the distance operators have their own filters). */
public enum SpatialOperator {
    INTERSECTS, WITHIN, CONTAINS, DISJOINT, TOUCHES, CROSSES, OVERLAPS, EQUALS
}
