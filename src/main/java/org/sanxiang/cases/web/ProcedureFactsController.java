package org.sanxiang.cases.web;

import java.util.List;

import org.sanxiang.cases.CaseQueries;
import org.sanxiang.cases.CaseViews.OpenTask;
import org.sanxiang.cases.HearingNoticeInput;
import org.sanxiang.cases.Hearings;
import org.sanxiang.process.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

/** The hearing notice of a case (APL Art. 64) and its use of the discretion benchmark (APL Art. 34). */
@RestController
@RequestMapping("/api")
@Tag(name = "cases")
@RequiredArgsConstructor
class ProcedureFactsController {

    private final Hearings hearings;
    private final CaseQueries queries;
    private final org.sanxiang.cases.CaseReviews reviews;

    @org.springframework.web.bind.annotation.GetMapping("/cases/{caseId}/discretion")
    @Operation(summary = "裁量基准：本案事项的裁量档次及调查终结的适用（APL 34）")
    org.sanxiang.cases.CaseReviews.DiscretionView discretion(@PathVariable long caseId, Actor actor) {
        return reviews.discretionView(caseId, actor);
    }

    @PostMapping("/cases/{caseId}/hearing-notice")
    @Operation(summary = "送达听证通知书（APL 64、85：听证七个工作日前）")
    ResponseEntity<List<OpenTask>> serveHearingNotice(@PathVariable long caseId, @RequestBody HearingNoticeInput input,
            Actor actor) {
        hearings.serveHearingNotice(caseId, input, actor);
        return ResponseEntity.status(201).body(queries.openTasks(caseId));
    }
}
