package org.sanxiang.publicity.web;

import org.sanxiang.officers.Page;
import org.sanxiang.process.Actor;
import org.sanxiang.publicity.BlockReason;
import org.sanxiang.publicity.Publication;
import org.sanxiang.publicity.PublicationStatus;
import org.sanxiang.publicity.PublicationChecks;
import org.sanxiang.publicity.PublicationPublishing;
import org.sanxiang.publicity.PublicationQueries;
import org.sanxiang.publicity.PublicationWithdrawals;
import org.sanxiang.publicity.WithdrawalReason;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

/** Staff side of publication: lists, the redaction check, publication, withdrawal (G118; APL Art. 48). */
@RestController
@RequestMapping("/api/publications")
@RequiredArgsConstructor
class PublicationController {

    private final PublicationQueries queries;
    private final PublicationChecks checks;
    private final PublicationPublishing publishing;
    private final PublicationWithdrawals withdrawals;

    record CheckRequest(boolean approved, boolean minor, BlockReason blockReason, String detail,
            java.util.List<String> removeTerms) {
    }

    record WithdrawalRequest(WithdrawalReason reason, String detail) {
    }

    record RevocationRequest(String decisionNumber, WithdrawalReason reason, String detail, LocalDate revokedOn) {
    }

    @GetMapping
    Page<Publication> list(@RequestParam(required = false) PublicationStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
        return queries.list(status, page, size, actor);
    }

    @GetMapping("/{id}")
    Publication get(@PathVariable long id, Actor actor) {
        return queries.get(id, actor);
    }

    @PostMapping("/{id}/check")
    Publication check(@PathVariable long id, @RequestBody CheckRequest in, Actor actor) {
        return checks.check(id, in.approved(), in.minor(), in.blockReason(), in.detail(), in.removeTerms(), actor);
    }

    @PostMapping("/{id}/publish")
    Publication publish(@PathVariable long id, Actor actor) {
        return publishing.publish(id, actor);
    }

    @PostMapping("/{id}/withdrawal")
    Publication withdraw(@PathVariable long id, @RequestBody(required = false) WithdrawalRequest in, Actor actor) {
        return withdrawals.withdraw(id, in == null ? null : in.reason(), in == null ? null : in.detail(), actor);
    }

    /** The decision was changed, revoked, confirmed unlawful or void: opens the 3-working-day withdrawal task. */
    @PostMapping("/revocations")
    Publication revoked(@RequestBody RevocationRequest in, Actor actor) {
        return withdrawals.decisionRevoked(in.decisionNumber(), in.reason(), in.detail(), in.revokedOn(), actor);
    }
}
