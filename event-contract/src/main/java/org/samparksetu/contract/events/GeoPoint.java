package org.samparksetu.contract.events;

/** A WGS84 point, as a WhatsApp location pin or a photo's GPS tag gives it. Name and address are optional. */
public record GeoPoint(double latitude, double longitude, String name, String address) {
}
