package org.samparksetu.intake.open311;

/** An error in GeoReport v2's own shape: {@code errors[] → code, description}, as JSON or XML like the request. */
public class Open311Exception extends RuntimeException {
    private final int status;
    private final String format;

    public Open311Exception(int status, String description, String format) {
        super(description);
        this.status = status;
        this.format = format;
    }

    public int status() {
        return status;
    }

    public String format() {
        return format;
    }
}
