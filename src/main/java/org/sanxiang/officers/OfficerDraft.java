package org.sanxiang.officers;

/** An officer to create or update; {@code username} is the identity account and cannot change later. */
public record OfficerDraft(Long bodyId, String username, String name, String position) {
}
