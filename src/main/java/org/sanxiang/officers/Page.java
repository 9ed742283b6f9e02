package org.sanxiang.officers;

import java.util.List;

/** One page of a list: {@code page} is zero-based. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
