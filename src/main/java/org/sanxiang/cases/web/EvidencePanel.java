package org.sanxiang.cases.web;

import org.sanxiang.cases.CaseViews.CaseDetail;
import org.sanxiang.evidence.web.EvidenceCard;
import org.sanxiang.process.Actor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The evidence module's card on the case page. Only a seam for {@code CasePages}, which is being reworked
 * in parallel: it can call {@link EvidenceCard#addTo(Model, long, Actor)} itself and this class goes.
 */
@Component
class EvidencePanel {

    private final EvidenceCard card;

    EvidencePanel(EvidenceCard card) {
        this.card = card;
    }

    void addTo(Model model, CaseDetail c, Actor actor) {
        card.addTo(model, c.id(), actor);
    }
}
