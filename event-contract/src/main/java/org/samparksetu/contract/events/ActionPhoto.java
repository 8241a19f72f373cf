package org.samparksetu.contract.events;

/** A photo attached to an action-taken report or a field check, with where it was taken if known. */
public record ActionPhoto(String url, String sha256, GeoPoint location) {
}
