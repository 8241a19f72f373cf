package org.samparksetu.routing.web;

/** The body of every error answer: one sentence a person can act on. */
public record ApiError(String error) {
}
