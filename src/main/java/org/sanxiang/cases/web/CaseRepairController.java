package org.sanxiang.cases.web;

import java.net.URI;

import org.sanxiang.cases.CaseRepairs;
import org.sanxiang.process.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import lombok.RequiredArgsConstructor;

/** The audited repair of a case's engine state: the one engine write left (the engine REST API writes nothing). */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
class CaseRepairController {

    private final CaseRepairs repairs;

    @PostMapping("/cases/{caseId}/repairs")
    @Operation(summary = "管理员修复案件的引擎状态（重试失败作业），须写明理由并记入案件记录链（G118）")
    ResponseEntity<CaseRepairs.Repair> repair(@PathVariable long caseId, @RequestBody CaseRepairs.RepairInput body,
            Actor actor) {
        CaseRepairs.Repair repair = repairs.repair(caseId, body, actor);
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/record")).body(repair);
    }
}
