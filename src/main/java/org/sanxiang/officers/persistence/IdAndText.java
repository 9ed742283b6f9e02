package org.sanxiang.officers.persistence;

/** A key and one text column of it: a matter's name, an officer's certificate number. */
public record IdAndText(long id, String text) {
}
