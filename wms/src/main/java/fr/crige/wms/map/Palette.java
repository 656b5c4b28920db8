package fr.crige.wms.map;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Reduces an image to at most 256 colours for PNG8 output, by popularity: pixels are binned on 5 bits per
 * colour channel and 2 bits of alpha, the 256 fullest bins become the palette (each the mean of its pixels),
 * and every other bin takes its nearest palette colour. Maps have few distinct colours besides antialiasing
 * ramps, so popularity keeps the style colours exact where median cut would average them. Written here
 * because neither the JDK nor the PNG encoder quantizes (the encoder only writes an indexed PNG when the
 * image already has 256 colours or fewer).
 */
final class Palette {

    private static final int MAX_COLORS = 256;
    private static final int BINS = 1 << 17;

    private Palette() {
    }

    /** A copy of the image with at most 256 distinct ARGB values. */
    static BufferedImage reduce(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        int[] counts = new int[BINS];
        long[][] sums = new long[BINS][];
        for (int argb : pixels) {
            int bin = bin(argb);
            if (counts[bin]++ == 0) {
                sums[bin] = new long[4];
            }
            long[] s = sums[bin];
            s[0] += argb >>> 24;
            s[1] += (argb >> 16) & 0xFF;
            s[2] += (argb >> 8) & 0xFF;
            s[3] += argb & 0xFF;
        }
        int[] palette = fullestBins(counts, sums);
        int[] mapping = new int[BINS];
        Arrays.fill(mapping, -1);
        for (int i = 0; i < pixels.length; i++) {
            int bin = bin(pixels[i]);
            if (mapping[bin] == -1) {
                mapping[bin] = nearest(mean(counts[bin], sums[bin]), palette);
            }
            pixels[i] = mapping[bin];
        }
        BufferedImage reduced = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        reduced.setRGB(0, 0, w, h, pixels, 0, w);
        return reduced;
    }

    private static int bin(int argb) {
        int a = argb >>> 30;
        if (a == 0 && (argb >>> 24) == 0) {
            return 0; // every fully transparent pixel is the same colour
        }
        return a << 15 | ((argb >> 19) & 0x1F) << 10 | ((argb >> 11) & 0x1F) << 5 | ((argb >> 3) & 0x1F);
    }

    private static int[] fullestBins(int[] counts, long[][] sums) {
        Integer[] used = java.util.stream.IntStream.range(0, BINS).filter(b -> counts[b] > 0).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(used, (a, b) -> Integer.compare(counts[b], counts[a]));
        int n = Math.min(MAX_COLORS, used.length);
        int[] palette = new int[n];
        for (int i = 0; i < n; i++) {
            palette[i] = mean(counts[used[i]], sums[used[i]]);
        }
        return palette;
    }

    private static int mean(int count, long[] s) {
        int a = (int) (s[0] / count);
        if (a == 0) {
            return 0;
        }
        return a << 24 | (int) (s[1] / count) << 16 | (int) (s[2] / count) << 8 | (int) (s[3] / count);
    }

    private static int nearest(int argb, int[] palette) {
        int best = palette[0];
        long bestDistance = Long.MAX_VALUE;
        for (int candidate : palette) {
            long d = 0;
            for (int shift = 0; shift <= 24; shift += 8) {
                int diff = ((argb >>> shift) & 0xFF) - ((candidate >>> shift) & 0xFF);
                d += (long) diff * diff;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }
}
