package org.sanxiang.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a document template and the catalogue's expressions see: the case sheet, the document's number,
 * date, verification code and QR image, the body's paper profile, and the wording helpers every template
 * shares (Chinese dates, amounts with capitals, labels of the case's codes). Nothing here is typed again:
 * all of it comes from the sheet.
 */
public record DocumentContext(CaseSheet sheet, CatalogueEntry entry, String number, int version, LocalDate issuedOn,
        String code, String qr, Body body) {

    /** The body as its paper shows it; {@code seal} is the seal image as a data URI (null when not configured). */
    public record Body(String name, String address, String phone, String reviewOrgan, String court, String seal) {
    }

    private static final Map<String, String> SOURCES = Map.of("INSPECTION", "监督检查", "COMPLAINT", "投诉举报",
            "REFERRAL", "其他机关移送", "HOTLINE_12345", "12345 热线转办", "TRANSFER", "上级交办", "OTHER", "其他");
    private static final Map<String, String> OUTCOMES = Map.of("PENALTY", "确有应受行政处罚的违法行为，给予行政处罚",
            "NO_PENALTY_MINOR", "违法行为轻微，依法可以不予行政处罚", "NO_PENALTY_UNPROVEN", "违法事实不能成立，不予行政处罚",
            "TRANSFER", "违法行为涉嫌犯罪，移送司法机关");
    private static final Map<String, String> PENALTIES = Map.ofEntries(Map.entry("WARNING", "警告"),
            Map.entry("CRITICISM", "通报批评"), Map.entry("FINE", "罚款"), Map.entry("CONFISCATE_ILLEGAL_GAINS", "没收违法所得"),
            Map.entry("CONFISCATE_PROPERTY", "没收非法财物"), Map.entry("SUSPEND_LICENCE", "暂扣许可证件"),
            Map.entry("LOWER_QUALIFICATION", "降低资质等级"), Map.entry("REVOKE_LICENCE", "吊销许可证件"),
            Map.entry("RESTRICT_ACTIVITIES", "限制开展生产经营活动"), Map.entry("ORDER_SUSPENSION", "责令停产停业"),
            Map.entry("ORDER_CLOSURE", "责令关闭"), Map.entry("RESTRICT_PRACTICE", "限制从业"),
            Map.entry("OTHER", "法律、行政法规规定的其他行政处罚"));
    private static final Map<String, String> REVIEW_OUTCOMES = Map.of("AGREE", "同意", "AGREE_WITH_COMMENTS",
            "同意并附意见", "RETURN", "退回补正", "DISAGREE", "不同意", "TRANSFER", "建议移送司法机关");
    private static final Map<String, String> RESPONSES = Map.of("STATED", "当事人进行了陈述申辩", "WAIVED", "当事人放弃陈述申辩",
            "NO_RESPONSE", "当事人逾期未陈述申辩");

    public CaseSheet.Party party() {
        return sheet.party();
    }

    public String title() {
        return entry.title();
    }

    /** A value of the step's latest entry as entered (strings, numbers, booleans, lists); null when absent. */
    public Object data(String step, String key) {
        CaseSheet.Step s = sheet.step(step);
        return s == null || s.data() == null ? null : s.data().get(key);
    }

    /** A date (a {@link LocalDate} or its ISO text) in Chinese numerals. */
    public String date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        LocalDate d = value instanceof LocalDate l ? l : LocalDate.parse(value.toString().substring(0, 10));
        return ChineseText.date(d);
    }

    public String issuedDate() {
        return ChineseText.date(issuedOn);
    }

    /** 6000 → 6000.00 元（人民币陆仟元整） */
    public String money(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        BigDecimal a = new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
        return a.toPlainString() + " 元（人民币" + ChineseText.capitals(a) + "）";
    }

    public String list(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(Object::toString).collect(Collectors.joining("；"));
        }
        return value == null ? null : value.toString();
    }

    public String sourceLabel() {
        return SOURCES.getOrDefault(sheet.leadSource(), sheet.leadSource());
    }

    public String outcomeLabel(Object outcome) {
        return outcome == null ? null : OUTCOMES.getOrDefault(outcome.toString(), outcome.toString());
    }

    public String reviewOutcomeLabel(Object outcome) {
        return outcome == null ? null : REVIEW_OUTCOMES.getOrDefault(outcome.toString(), outcome.toString());
    }

    public String responseLabel(Object response) {
        return response == null ? null : RESPONSES.getOrDefault(response.toString(), response.toString());
    }

    /** Penalty types (a list of codes, or a comma-separated text) as their names. */
    public String penaltyLabels(Object types) {
        if (types == null) {
            return null;
        }
        List<String> codes = types instanceof Collection<?> c ? c.stream().map(Object::toString).toList()
                : List.of(types.toString().split(","));
        return codes.stream().filter(s -> !s.isBlank()).map(s -> PENALTIES.getOrDefault(s.trim(), s.trim()))
                .collect(Collectors.joining("、"));
    }

    /** 王某某（公民身份号码 …，住址 …） or 某公司（统一社会信用代码 …，法定代表人 …，住所 …） */
    public String partyLine() {
        CaseSheet.Party p = party();
        if (p == null) {
            return null;
        }
        List<String> parts = new java.util.ArrayList<>();
        if ("ORGANISATION".equals(p.kind())) {
            add(parts, "统一社会信用代码：", p.creditCode());
            add(parts, "法定代表人：", p.legalRepresentative());
            add(parts, "住所：", p.address());
        } else {
            add(parts, "公民身份号码：", p.idNumber());
            add(parts, "住址：", p.address());
        }
        return parts.isEmpty() ? p.name() : p.name() + "（" + String.join("；", parts) + "）";
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + value);
        }
    }

    public String partyIdLabel() {
        return party() != null && "ORGANISATION".equals(party().kind()) ? "统一社会信用代码" : "公民身份号码";
    }

    public String partyId() {
        CaseSheet.Party p = party();
        return p == null ? null : "ORGANISATION".equals(p.kind()) ? p.creditCode() : p.idNumber();
    }

    /** 张伟（执法证号 44190210001）、李强（执法证号 44190210002） */
    public String officersLine() {
        return sheet.handlers().stream().map(o -> o.name() + "（执法证号 " + nz(o.certificateNumber()) + "）")
                .collect(Collectors.joining("、"));
    }

    public String officerName(Object officerId) {
        if (officerId == null) {
            return null;
        }
        return sheet.officerNames().getOrDefault(Long.valueOf(officerId.toString()), officerId.toString());
    }

    /** The name of who entered the step (the username when the account has no officer record). */
    public String stepBy(String step) {
        CaseSheet.Step s = sheet.step(step);
        return s == null ? null : sheet.userNames().getOrDefault(s.enteredBy(), s.enteredBy());
    }

    public String stepDate(String step) {
        CaseSheet.Step s = sheet.step(step);
        return s == null || s.enteredAt() == null ? null : ChineseText.date(s.enteredAt().toLocalDate());
    }

    /** 1. 现场照片（…）；2. … — the case's evidence in use (excluded items are not evidence, APL Art. 46). */
    public String evidenceLine() {
        List<CaseSheet.Evidence> used = sheet.evidence().stream().filter(e -> !e.excluded()).toList();
        if (used.isEmpty()) {
            return sheet.records().isEmpty() ? "无" : recordsLine();
        }
        return used.stream().map(e -> e.no() + ". " + e.type() + "（" + nz(e.description()) + "）")
                .collect(Collectors.joining("；")) + (sheet.records().isEmpty() ? "" : "；" + recordsLine());
    }

    private String recordsLine() {
        return sheet.records().stream().map(r -> ("INQUIRY".equals(r.kind()) ? "询问笔录" : "现场检查（勘验）笔录") + "（"
                + ChineseText.date(r.recordedOn()) + "）").collect(Collectors.joining("；"));
    }

    /** The latest review round with an opinion, or null when the case had none (not a major decision). */
    public CaseSheet.Review review() {
        CaseSheet.Review found = null;
        for (CaseSheet.Review r : sheet.reviews()) {
            if (r.outcome() != null) {
                found = r;
            }
        }
        return found;
    }

    /** The decision this document prints (its catalogue kinds), or the latest decision on the merits. */
    public CaseSheet.Decision decision() {
        List<String> kinds = entry.decision().isEmpty() ? List.of("PENALTY", "NO_PENALTY", "SUMMARY_PENALTY")
                : entry.decision();
        return sheet.decision(kinds);
    }

    public String decisionLine() {
        CaseSheet.Decision d = decision();
        if (d == null) {
            return null;
        }
        String what = penaltyLabels(d.penaltyTypes());
        return d.number() + "：" + (what == null || what.isBlank() ? "不予行政处罚" : what)
                + (d.fineAmount() == null ? "" : "，" + money(d.fineAmount()));
    }

    public String paymentLine() {
        if (sheet.payments().isEmpty()) {
            Object mode = data("EXECUTION", "mode");
            return mode == null ? "无需执行" : "COURT_ENFORCEMENT".equals(mode.toString()) ? "已申请人民法院强制执行" : mode.toString();
        }
        return sheet.payments().stream().map(p -> "于" + ChineseText.date(p.paidOn()) + "缴纳 " + money(p.amount())
                + "，票据号 " + nz(p.receiptNumber())).collect(Collectors.joining("；"));
    }

    /** The remedy of APL Art. 59 (5): reconsideration within 60 days (ARL Art. 20), action within 6 months (ALL Art. 46). */
    public String remedyText() {
        return "如不服本决定，可以自收到本决定书之日起六十日内向" + nz(body.reviewOrgan()) + "申请行政复议；或者自收到本决定书之日起六个月内依法向"
                + nz(body.court()) + "提起行政诉讼。申请行政复议或者提起行政诉讼期间，本决定不停止执行，法律另有规定的除外。";
    }

    /** A computed deadline of the case whose title contains {@code part}, as a Chinese date; null when none. */
    public String deadline(String part) {
        return sheet.deadlines().stream().filter(d -> d.title() != null && d.title().contains(part)).reduce((a, b) -> b)
                .map(d -> ChineseText.date(d.due())).orElse(null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
