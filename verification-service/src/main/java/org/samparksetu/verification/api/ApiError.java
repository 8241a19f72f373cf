package org.samparksetu.verification.api;

/** The body of every error answer: one sentence a person can act on, never a stack trace. */
public record ApiError(String error) {
}
