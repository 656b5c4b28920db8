package fr.crige.ows.dispatch;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An OGC version number "x.y.z" (OWS Common 1.1, clause 7.3): non-negative integers separated by dots,
 * compared number by number so that 1.10.0 follows 1.9.0.
 */
record OwsVersion(String text, int[] numbers) implements Comparable<OwsVersion> {

    private static final Pattern FORMAT = Pattern.compile("\\d{1,9}(\\.\\d{1,9})*");

    /** The version, or empty when the text is not a version number. */
    static Optional<OwsVersion> parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!FORMAT.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        int[] numbers = Arrays.stream(trimmed.split("\\.")).mapToInt(Integer::parseInt).toArray();
        return Optional.of(new OwsVersion(trimmed, numbers));
    }

    @Override
    public int compareTo(OwsVersion other) {
        return Arrays.compare(padded(other.numbers.length), other.padded(numbers.length));
    }

    private int[] padded(int length) {
        return Arrays.copyOf(numbers, Math.max(length, numbers.length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OwsVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        int[] n = numbers;
        int end = n.length;
        while (end > 0 && n[end - 1] == 0) {
            end--;
        }
        return Arrays.hashCode(Arrays.copyOf(n, end));
    }

    @Override
    public String toString() {
        return text;
    }
}
