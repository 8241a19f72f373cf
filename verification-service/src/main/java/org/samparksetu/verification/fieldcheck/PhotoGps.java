package org.samparksetu.verification.fieldcheck;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the GPS position from a JPEG's EXIF block (what a phone camera writes when location tagging is
 * on). Only what a field check needs: latitude and longitude; anything unreadable is simply "no GPS".
 */
public final class PhotoGps {
    private static final int GPS_IFD_POINTER = 0x8825;
    private static final int LAT_REF = 1, LAT = 2, LON_REF = 3, LON = 4;

    public record Position(double latitude, double longitude) {
    }

    private PhotoGps() {
    }

    public static Optional<Position> read(byte[] jpeg) {
        try {
            return Optional.ofNullable(parse(jpeg));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Position parse(byte[] b) {
        if (b == null || b.length < 4 || (b[0] & 0xff) != 0xFF || (b[1] & 0xff) != 0xD8) {
            return null;
        }
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xff) == 0xFF) {
            int marker = b[i + 1] & 0xff;
            int length = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
            if (marker == 0xE1 && length > 8 && new String(b, i + 4, 4, StandardCharsets.US_ASCII).equals("Exif")) {
                return tiff(ByteBuffer.wrap(b, i + 10, length - 8).slice());
            }
            if (marker == 0xDA) {
                return null; // image data starts: no EXIF before it
            }
            i += 2 + length;
        }
        return null;
    }

    private static Position tiff(ByteBuffer t) {
        t.order(t.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd0 = t.getInt(4);
        Integer gps = null;
        int n = t.getShort(ifd0) & 0xffff;
        for (int e = 0; e < n; e++) {
            int at = ifd0 + 2 + 12 * e;
            if ((t.getShort(at) & 0xffff) == GPS_IFD_POINTER) {
                gps = t.getInt(at + 8);
            }
        }
        if (gps == null) {
            return null;
        }
        Character latRef = null, lonRef = null;
        Double lat = null, lon = null;
        n = t.getShort(gps) & 0xffff;
        for (int e = 0; e < n; e++) {
            int at = gps + 2 + 12 * e;
            int tag = t.getShort(at) & 0xffff;
            switch (tag) {
                case LAT_REF -> latRef = (char) t.get(at + 8);
                case LON_REF -> lonRef = (char) t.get(at + 8);
                case LAT -> lat = degrees(t, t.getInt(at + 8));
                case LON -> lon = degrees(t, t.getInt(at + 8));
                default -> {
                }
            }
        }
        if (lat == null || lon == null) {
            return null;
        }
        return new Position(latRef != null && latRef == 'S' ? -lat : lat, lonRef != null && lonRef == 'W' ? -lon : lon);
    }

    /** Three unsigned rationals: degrees, minutes, seconds. */
    private static double degrees(ByteBuffer t, int offset) {
        double[] v = new double[3];
        for (int k = 0; k < 3; k++) {
            long num = t.getInt(offset + 8 * k) & 0xffffffffL;
            long den = t.getInt(offset + 8 * k + 4) & 0xffffffffL;
            v[k] = den == 0 ? 0 : (double) num / den;
        }
        return v[0] + v[1] / 60 + v[2] / 3600;
    }
}
