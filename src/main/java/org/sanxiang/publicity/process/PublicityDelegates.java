package org.sanxiang.publicity.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.publicity.Publication;
import org.sanxiang.publicity.PublicationStatus;
import org.sanxiang.publicity.Publications;
import org.sanxiang.publicity.PublicityVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code bpmn/publicity.bpmn}: map variables in, call {@link Publications}, map out. */
@Configuration(proxyBeanMethods = false)
class PublicityDelegates {

    /** 自动脱敏: drafts the publication from the decision handed over in memory (never a process variable). */
    @Bean
    JavaDelegate autoRedactDelegate(Publications publications) {
        return execution -> {
            Publication p = publications.draftHandedOver((String) execution.getVariable(PublicityVariables.DECISION_NUMBER),
                    execution.getProcessInstanceId());
            execution.setVariable(PublicityVariables.PUBLICATION_ID, p.id());
            execution.setVariable(PublicityVariables.BLOCKED, p.status() == PublicationStatus.BLOCKED);
        };
    }

    /** 发布: idempotent, a job that runs twice publishes once. */
    @Bean
    JavaDelegate publishDelegate(Publications publications, Deadlines deadlines) {
        return execution -> {
            Publication p = publications.publishIfChecked(publicationId(execution));
            if (p.displayUntil() != null) {
                execution.setVariable(PublicityVariables.DISPLAY_UNTIL, deadlines.endOfDay(p.displayUntil()));
            }
        };
    }

    /** 逾期督办 (timer on the due date). */
    @Bean
    JavaDelegate publicationOverdueDelegate(Publications publications) {
        return execution -> publications.escalateOverdue(publicationId(execution));
    }

    /** 公示期满 (timer at the end of the display period). */
    @Bean
    JavaDelegate publicationExpiredDelegate(Publications publications) {
        return execution -> publications.expire(publicationId(execution));
    }

    private static long publicationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(PublicityVariables.PUBLICATION_ID)).longValue();
    }
}
