package org.sanxiang.evidence;

import java.util.List;

/** What a step's model declares it must leave: the text records and whether an audio-video record. */
public record StepRecording(String taskKey, AudioVideo audioVideo, List<String> requiredRecords) {

    /** Nothing to check: no mandatory audio-video and no required record. */
    public boolean nothingRequired() {
        return audioVideo != AudioVideo.MANDATORY && requiredRecords.isEmpty();
    }
}
