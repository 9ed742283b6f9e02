package org.sanxiang.publicity.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sanxiang.publicity.Publications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses a completion of a publication task (脱敏复核, 撤回) that did not come through
 * {@link Publications} — e.g. from the Camunda Tasklist — because only the service checks who acts
 * (a second person), what they entered (a reason) and records it.
 */
@Component
class PublicityTaskGuard {

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        String definition = task.getProcessDefinitionId();
        if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) || definition == null || !definition.startsWith(Publications.PROCESS_KEY + ":")) {
            return;
        }
        if (!Publications.completingThroughService()) {
            throw new BadUserRequestException("任务 " + task.getId() + " 须通过公示办理接口办理，以便校验并留痕"
                    + " [urn:sanxiang:problem:completion-outside-case-service]");
        }
    }
}
