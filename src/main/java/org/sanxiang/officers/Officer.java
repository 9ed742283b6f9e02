package org.sanxiang.officers;

/** A member of an enforcement body, linked by {@code username} to an identity account. */
public record Officer(long id, long bodyId, String username, String name, String position) {
}
