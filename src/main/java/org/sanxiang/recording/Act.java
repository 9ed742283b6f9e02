package org.sanxiang.recording;

import java.util.Map;

/**
 * One act to record.
 *
 * @param act     what happened, e.g. {@code CASE_REGISTERED}, {@code STEP_COMPLETED}
 * @param step    the process step (BPMN task id) it belongs to, if any
 * @param actor   the username of who did it
 * @param article the legal article the act fulfils or the rule it was checked against
 * @param summary one line in Chinese for the timeline
 * @param payload the act's data (serialised as JSON into the chain)
 */
public record Act(String act, String step, String actor, String article, String summary, Map<String, ?> payload) {
}
