package fr.crige.core.feature;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.locationtech.jts.geom.Geometry;

/**
 * The value kinds a store may expose, with the Java class of their values. Services map them to XML
 * Schema / GML / JSON types; stores map their native types onto them.
 */
public enum AttributeType {
    STRING(String.class),
    /** 8, 16 or 32 bit signed integer. */
    INTEGER(Integer.class),
    /** 64 bit signed integer. */
    LONG(Long.class),
    /** Floating point (float4/float8, SQLite REAL). */
    DOUBLE(Double.class),
    /** Exact decimal (SQL NUMERIC). */
    DECIMAL(BigDecimal.class),
    BOOLEAN(Boolean.class),
    DATE(LocalDate.class),
    /** Timestamp without time zone. */
    DATETIME(LocalDateTime.class),
    /** Timestamp with time zone. */
    DATETIME_TZ(OffsetDateTime.class),
    TIME(LocalTime.class),
    BINARY(byte[].class),
    GEOMETRY(Geometry.class);

    private final Class<?> javaType;

    AttributeType(Class<?> javaType) {
        this.javaType = javaType;
    }

    public Class<?> javaType() {
        return javaType;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == LONG || this == DOUBLE || this == DECIMAL;
    }

    public boolean isTemporal() {
        return this == DATE || this == DATETIME || this == DATETIME_TZ || this == TIME;
    }
}
