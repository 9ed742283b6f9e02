package org.sanxiang.evidence;

/** Whether a step needs an audio-video record (RULES §5; G118): Camunda property {@code audioVideo}. */
public enum AudioVideo {
    MANDATORY, AS_NEEDED, NONE;

    static AudioVideo parse(String value) {
        return value == null ? NONE : valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
