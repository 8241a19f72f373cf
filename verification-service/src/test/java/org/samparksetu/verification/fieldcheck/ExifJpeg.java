package org.samparksetu.verification.fieldcheck;

import java.nio.ByteBuffer;

/** A tiny JPEG that carries only an EXIF GPS position, as a phone camera would write it (big-endian TIFF). */
public final class ExifJpeg {
    private ExifJpeg() {
    }

    public static byte[] withGps(double lat, double lon) {
        ByteBuffer t = ByteBuffer.allocate(128);
        t.put((byte) 'M').put((byte) 'M').putShort((short) 0x2A).putInt(8);
        t.putShort((short) 1);
        entry(t, 0x8825, 4, 1, 26);
        t.putInt(0);
        t.putShort((short) 4);
        entryAscii(t, 1, lat < 0 ? 'S' : 'N');
        entry(t, 2, 5, 3, 80);
        entryAscii(t, 3, lon < 0 ? 'W' : 'E');
        entry(t, 4, 5, 3, 104);
        t.putInt(0);
        rationals(t, Math.abs(lat));
        rationals(t, Math.abs(lon));
        ByteBuffer jpeg = ByteBuffer.allocate(4 + 2 + 6 + 128 + 2 + 2);
        jpeg.put((byte) 0xFF).put((byte) 0xD8).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + 128));
        jpeg.put("Exif".getBytes()).put((byte) 0).put((byte) 0).put(t.array());
        jpeg.put((byte) 0xFF).put((byte) 0xD9);
        return jpeg.array();
    }

    private static void entry(ByteBuffer t, int tag, int type, int count, int value) {
        t.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void entryAscii(ByteBuffer t, int tag, char c) {
        t.putShort((short) tag).putShort((short) 2).putInt(2).put((byte) c).put((byte) 0).put((byte) 0).put((byte) 0);
    }

    private static void rationals(ByteBuffer t, double degrees) {
        int d = (int) degrees;
        double minutes = (degrees - d) * 60;
        int m = (int) minutes;
        long s100 = Math.round((minutes - m) * 60 * 10000);
        t.putInt(d).putInt(1).putInt(m).putInt(1).putInt((int) s100).putInt(10000);
    }
}
