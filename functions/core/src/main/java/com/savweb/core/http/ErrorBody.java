package com.savweb.core.http;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The JSON body of every error: {@code {"error": code, "message": sentence, "details": [...]}}.
 *
 * <p>{@code message} is in the caller's language; {@code details} names the fields at fault.
 */
@Serdeable
public record ErrorBody(String error, String message, List<String> details) {
}
