package com.savweb.core.repository;

import java.util.List;

/**
 * One page of a list and the opaque cursor of the next one ({@code null} on the last page).
 *
 * <p>A page is the result of exactly one Query, so a filtered page may hold fewer items than
 * asked for while a next page still exists.
 */
public record Page<T>(List<T> items, String next) {
}
