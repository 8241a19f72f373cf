package org.samparksetu.verification.fieldcheck;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PhotoGpsTest {
    @Test
    void readsThePositionACameraWrote() {
        var p = PhotoGps.read(ExifJpeg.withGps(25.345678, 72.617432)).orElseThrow();
        assertThat(p.latitude()).isCloseTo(25.345678, within(1e-6));
        assertThat(p.longitude()).isCloseTo(72.617432, within(1e-6));
        var south = PhotoGps.read(ExifJpeg.withGps(-33.9, -70.5)).orElseThrow();
        assertThat(south.latitude()).isCloseTo(-33.9, within(1e-6));
        assertThat(south.longitude()).isCloseTo(-70.5, within(1e-6));
    }

    @Test
    void aPhotoWithoutGpsOrNotAJpegHasNone() {
        assertThat(PhotoGps.read(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9})).isEmpty();
        assertThat(PhotoGps.read("not a photo".getBytes())).isEmpty();
        assertThat(PhotoGps.read(null)).isEmpty();
        byte[] truncated = java.util.Arrays.copyOf(ExifJpeg.withGps(25, 72), 60);
        assertThat(PhotoGps.read(truncated)).isEmpty();
    }
}
