package fr.crige.csw.publish;

import fr.crige.csw.record.MetadataRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The fingerprint that lets a reconciliation recognise, without parsing it, a generated record that is already
 * what the writers would write: the SHA-256 of the record written from the current catalog and settings with
 * {@linkplain #NEUTRAL_DATES neutral dates} and no carried-over quality reports. Whatever shapes the record
 * (the layer, the services, the contact, the endpoints, the writers' code) changes the fingerprint; the dates
 * and the quality reports, which come from the stored record itself, do not.
 *
 * <p>The fingerprint is kept in the record, as an XML comment after the root element, so that it cannot
 * drift from the content it attests (a store restored from a backup, a record rewritten by the quality
 * module). A record that lost it is compared the slow way, and stamped again.
 */
final class RecordFingerprint {

    /** The dates of the record whose digest is the fingerprint. */
    static final RecordDates NEUTRAL_DATES = new RecordDates("1970-01-01", "1970-01-01", "1970-01-01T00:00:00Z");

    private static final String PREFIX = "\n<!-- crige generated from sha256:";
    private static final String SUFFIX = " -->";
    private static final int DIGEST_HEX_LENGTH = 64;
    private static final int STAMP_LENGTH = PREFIX.length() + DIGEST_HEX_LENGTH + SUFFIX.length();

    private RecordFingerprint() {
    }

    /** The fingerprint of a record written with {@link #NEUTRAL_DATES} and no quality reports. */
    static String of(MetadataRecord neutral) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(neutral.xml()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The record with the fingerprint appended. */
    static MetadataRecord stamped(MetadataRecord record, String fingerprint) {
        byte[] stamp = (PREFIX + fingerprint + SUFFIX).getBytes(StandardCharsets.US_ASCII);
        byte[] xml = Arrays.copyOf(record.xml(), record.xml().length + stamp.length);
        System.arraycopy(stamp, 0, xml, record.xml().length, stamp.length);
        return new MetadataRecord(record.identifier(), xml);
    }

    /** The fingerprint a stored record carries, if it ends with one. */
    static Optional<String> in(byte[] xml) {
        if (xml.length < STAMP_LENGTH) {
            return Optional.empty();
        }
        String tail = new String(xml, xml.length - STAMP_LENGTH, STAMP_LENGTH, StandardCharsets.US_ASCII);
        if (!tail.startsWith(PREFIX) || !tail.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        return Optional.of(tail.substring(PREFIX.length(), PREFIX.length() + DIGEST_HEX_LENGTH));
    }

    /** The record's bytes without its fingerprint, or as they are when it has none. */
    static byte[] unstamped(byte[] xml) {
        return in(xml).isPresent() ? Arrays.copyOf(xml, xml.length - STAMP_LENGTH) : xml;
    }
}
