package org.sanxiang.publicity.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.publicity.Publication;
import org.sanxiang.publicity.PublicationDrafting;
import org.sanxiang.publicity.PublicationPublishing;
import org.sanxiang.publicity.PublicationStatus;
import org.sanxiang.publicity.PublicationTimers;
import org.sanxiang.publicity.PublicityVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code bpmn/publicity.bpmn}: map variables in, call one publicity service, map out. */
@Configuration(proxyBeanMethods = false)
class PublicityDelegates {

    /**
     * 自动脱敏 (asyncBefore: a job, retried, then an incident): drafts the publication from the decision
     * stored in our table (never a process variable).
     */
    @Bean
    JavaDelegate autoRedactDelegate(PublicationDrafting drafting) {
        return execution -> {
            Publication p = drafting.draft((String) execution.getVariable(PublicityVariables.DECISION_NUMBER),
                    execution.getProcessInstanceId());
            execution.setVariable(PublicityVariables.PUBLICATION_ID, p.id());
            execution.setVariable(PublicityVariables.BLOCKED, p.status() == PublicationStatus.BLOCKED);
        };
    }

    /** 发布: idempotent, a job that runs twice publishes once. */
    @Bean
    JavaDelegate publishDelegate(PublicationPublishing publishing, Deadlines deadlines) {
        return execution -> {
            Publication p = publishing.publishIfChecked(publicationId(execution));
            if (p.displayUntil() != null) {
                execution.setVariable(PublicityVariables.DISPLAY_UNTIL, deadlines.endOfDay(p.displayUntil()));
            }
        };
    }

    /** 逾期督办 (timer on the due date). */
    @Bean
    JavaDelegate publicationOverdueDelegate(PublicationTimers timers) {
        return execution -> timers.escalateOverdue(publicationId(execution));
    }

    /** 公示期满 (timer at the end of the display period). */
    @Bean
    JavaDelegate publicationExpiredDelegate(PublicationTimers timers) {
        return execution -> timers.expire(publicationId(execution));
    }

    private static long publicationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(PublicityVariables.PUBLICATION_ID)).longValue();
    }
}
