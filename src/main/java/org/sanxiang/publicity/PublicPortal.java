package org.sanxiang.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.officers.Certificate;
import org.sanxiang.officers.CertificateStatus;
import org.sanxiang.officers.CertificateSupervision;
import org.sanxiang.officers.EnforcementBody;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.officers.Page;
import org.sanxiang.officers.PublicCertificate;
import org.sanxiang.process.NotFound;
import org.sanxiang.publicity.persistence.BeforeDisclosureMapper;
import org.sanxiang.publicity.persistence.PublicationMapper;
import org.sanxiang.publicity.persistence.PublicationRow;
import org.sanxiang.publicity.persistence.StatisticsMapper;
import org.sanxiang.recording.ChainHead;
import org.sanxiang.recording.Checkpoint;
import org.sanxiang.recording.RecordCheckpoints;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * What anyone may read without logging in (行政执法公示, G118; RULES §3): published decisions and
 * withdrawal notices, the before-the-fact information derived live from its source tables (bodies
 * with their remedy channels, officers with valid certificates, the power list with its discretion
 * benchmarks, the random-inspection list) — never a copy that could drift — and the signed record
 * checkpoints.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PublicPortal {

    static final int MAX_QUERY = 100;

    private final PublicationMapper publications;
    private final StatisticsMapper bodies;
    private final OfficerDirectory officers;
    private final CertificateSupervision certificates;
    private final BeforeDisclosureMapper before;
    private final RecordCheckpoints checkpoints;
    private final Clock clock;

    /** Published decisions within their display period, newest first; {@code q} searches number, party and matter. */
    public Page<PublicDecision> decisions(String q, int page, int size) {
        Paging.check(page, size);
        String query = q == null ? null : q.strip();
        if (query != null && query.length() > MAX_QUERY) {
            throw new PublicityProblems.PagingInvalid("q", query.length());
        }
        LocalDate today = LocalDate.now(clock);
        query = query == null || query.isEmpty() ? null : likeLiteral(query);
        List<PublicDecision> items = publications.selectPublic(query, today, (long) page * size, size).stream()
                .map(PublicPortal::toPublic).toList();
        return new Page<>(items, page, size, publications.countPublic(query, today));
    }

    /** A decision that is published or withdrawn (the withdrawal notice); 404 for anything else. */
    /** The query as a LIKE literal: percent, underscore and backslash match themselves (a search, not a pattern). */
    static String likeLiteral(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public PublicDecision decision(String number) {
        PublicationRow row = number == null ? null : publications.selectByDecisionNumber(number);
        if (row == null || !(isListed(row) || PublicationStatus.WITHDRAWN.name().equals(row.status))) {
            throw new NotFound("publication", number);
        }
        return toPublic(row);
    }

    public Page<PublicDecision> withdrawals(int page, int size) {
        Paging.check(page, size);
        return new Page<>(publications.selectWithdrawn((long) page * size, size).stream().map(PublicPortal::toPublic).toList(),
                page, size, publications.countWithdrawn());
    }

    public List<EnforcementBody> bodies() {
        return officers.bodies();
    }

    /** The bodies with their remedy channels and complaint contacts (救济途径、投诉举报). */
    public List<PublicBody> bodiesWithRemedies() {
        return bodies().stream().map(b -> new PublicBody(b, before.selectRemedyChannel(b.id()))).toList();
    }

    /** The random-inspection list of every body (双随机、一公开 随机抽查事项清单), by body. */
    public Map<String, List<RandomInspectionItem>> inspections() {
        Map<String, List<RandomInspectionItem>> list = new LinkedHashMap<>();
        for (EnforcementBody body : bodies()) {
            List<RandomInspectionItem> items = before.selectInspectionItems(body.id());
            if (!items.isEmpty()) {
                list.put(body.name(), items);
            }
        }
        return list;
    }

    /** The signed record checkpoints, newest first, one page of them (全过程记录 防删改, G118). */
    public Page<Checkpoint> checkpoints(int page, int size) {
        Paging.check(page, size);
        List<Checkpoint> all = checkpoints.list();
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), page, size, all.size());
    }

    /**
     * The lines a checkpoint's digest is the SHA-256 of ({@code <caseId>:<seq>:<hash>}, one per chain, in
     * chain-key order; an office record's key is the negated body id, so those lines come first), so that anyone can recompute it; 404 for an unknown checkpoint.
     */
    public String checkpointHeads(long checkpointId) {
        if (checkpoints.list().stream().noneMatch(c -> c.id() == checkpointId)) {
            throw new NotFound("checkpoint", checkpointId);
        }
        StringBuilder s = new StringBuilder();
        checkpoints.heads(checkpointId).stream().sorted(java.util.Comparator.comparingLong(ChainHead::caseId))
                .forEach(h -> s.append(h.caseId()).append(':').append(h.seq()).append(':').append(h.hash()).append('\n'));
        return s.toString();
    }

    /** The office's current checkpoint key (X.509, Base64). */
    public String checkpointKey() {
        return checkpoints.publicKey();
    }

    /** Officers holding a certificate valid today, with that certificate (RULES §3, §6). */
    public List<PublicOfficer> officers() {
        LocalDate today = LocalDate.now(clock);
        List<PublicOfficer> list = new ArrayList<>();
        for (EnforcementBody body : bodies()) {
            for (Officer officer : officers.officersOfBody(body.id())) {
                for (Certificate c : officers.certificatesOf(officer.id())) {
                    if (c.statusOn(today) == CertificateStatus.VALID && !today.isBefore(c.validFrom())) {
                        list.add(new PublicOfficer(officer.name(), body.name(), c.number(), c.categories(), c.area(),
                                c.validTo()));
                    }
                }
            }
        }
        return list;
    }

    /**
     * The certificate check: empty for an unknown number. Outside a transaction of its own: the
     * officers module's 404 would otherwise mark it rollback-only.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Optional<PublicCertificate> certificate(String number) {
        if (number == null || number.isBlank() || number.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(certificates.publicCertificate(number.strip()));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    public List<PublicPower> powers() {
        List<PublicPower> list = new ArrayList<>();
        for (EnforcementBody body : bodies()) {
            for (Matter m : officers.powerList(body.id())) {
                list.add(new PublicPower(body.name(), m.code(), m.name(), m.field(), m.legalBasis(), m.penaltyBasis(),
                        officers.benchmark(m.id()).tiers().stream().map(t -> new DiscretionTier(t.seq(), t.tier(),
                                t.circumstance(), t.penalty(), t.fineMin(), t.fineMax(), t.basis())).toList()));
            }
        }
        return list;
    }

    private boolean isListed(PublicationRow row) {
        return PublicationStatus.PUBLISHED.name().equals(row.status) && row.displayUntil != null
                && !row.displayUntil.isBefore(LocalDate.now(clock));
    }

    static PublicDecision toPublic(PublicationRow r) {
        String types = r.penaltyTypes == null || r.penaltyTypes.isBlank() ? "" : String.join("、",
                java.util.Arrays.stream(r.penaltyTypes.split(",")).map(Drafts::penaltyLabel).toList());
        String reason = r.withdrawalReason == null || !PublicationStatus.WITHDRAWN.name().equals(r.status) ? null
                : WithdrawalReason.valueOf(r.withdrawalReason).label();
        return new PublicDecision(r.decisionNumber, r.bodyName, r.partyKind, r.partyDisplay, r.creditCode,
                r.legalRepresentative, r.matterName, r.violation, r.legalBasis, r.penaltyBasis, types, r.penaltyContent,
                r.fineAmount, r.decidedOn, r.publishedOn, r.displayUntil, r.status, reason,
                reason == null ? null : r.withdrawalDetail, r.withdrawnOn, reason == null ? null : r.withdrawalSource);
    }
}
