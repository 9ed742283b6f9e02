package org.sanxiang.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Demo cases for a newcomer ({@code sanxiang.demo-cases=true}, on by default with the demo office on
 * H2): once, when the demo office has no case yet, four cases of the 三张镇 office are driven through
 * the real use-case services — so every rule, record and deadline applies as for any case — to
 * different steps: 立案审批 (the head's inbox), 调查取证 (the handlers'), 法制审核 of a major case (the
 * reviewer's) and 负责人决定 (the head's).
 */
@Component
@ConditionalOnProperty(name = "sanxiang.demo-cases", havingValue = "true")
@Order(100) // after the demo accounts and qualifications
@RequiredArgsConstructor
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final String BODY_CODE = "SZZ";

    private final LeadRegistration leads;
    private final StepCompletion steps;
    private final Investigations investigations;
    private final OfficerDirectory officers;
    private final CaseMapper cases;
    private final CaseAccess access;

    @Override
    public void run(ApplicationArguments args) {
        Officer zhang = officers.officerByUsername("zhangwei").orElse(null);
        Officer li = officers.officerByUsername("liqiang").orElse(null);
        if (zhang == null || li == null || !BODY_CODE.equals(officers.body(zhang.bodyId()).code())
                || cases.countCasesOfBody(zhang.bodyId()) > 0) {
            return; // not the demo office, or it has cases already: load nothing
        }
        Actor officer = new Actor(zhang.username(), Set.of(org.sanxiang.process.Roles.OFFICER));
        Actor head = new Actor("liuyang", Set.of(org.sanxiang.process.Roles.HEAD));
        LocalDate today = access.today();
        List<Long> handlers = List.of(zhang.id(), li.id());

        // 1. 立案审批: a lead waiting for the head
        leads.registerLead(lead(zhang.bodyId(), "SR-001", "当事人在三张镇人民路占用人行道摆摊经营，经劝阻未改正。",
                "三张镇人民路 18 号门前", person("王某某", "11010519491231002X", "三张镇人民路 18 号"), handlers, today), officer);

        // 2. 调查取证: filed, one on-site record made
        long investigating = leads.registerLead(lead(zhang.bodyId(), "GF-001", "当事人在三张镇环城路空地擅自倾倒建筑垃圾约 3 立方米。",
                "三张镇环城路与新民路交叉口", company(), handlers, today), officer).id();
        file(investigating, head);
        investigations.addInvestigationRecord(investigating, onSiteRecord(zhang, li, today, "三张镇环城路与新民路交叉口",
                "现场检查发现空地上堆放建筑垃圾约 3 立方米，未采取防扬散措施。"), officer);

        // 3. 法制审核: a major case in the reviewers' list — a fine above the major-decision threshold and outside the
        // 严重 tier of the benchmark (3000–5000 元), with the handlers' written reasons (APL Art. 34; G118). (城乡规划法
        // Art. 65 sets no fine for 违法建设, so the fine case is an outdoor advertisement.)
        long major = leads.registerLead(lead(zhang.bodyId(), "SR-002", "当事人未经同意在三张镇东村 5 组临街外墙设置大型户外广告牌三块，合计约 160 平方米。",
                "三张镇东村 5 组", person("李某某", "440102198001011235", "三张镇东村 5 组 12 号"), handlers, today), officer).id();
        investigateToEnd(major, zhang, li, head, officer, today, new BigDecimal("8000"), 3,
                "广告牌面积远超 50 平方米且经两次责令拒不拆除，已危及行人安全，情节特别严重。");

        // 4. 负责人决定: a small fine, the party told and heard, waiting for the head's decision
        long deciding = leads.registerLead(lead(zhang.bodyId(), "SR-002", "当事人未经同意在三张镇建设路设置大型户外广告牌一块。",
                "三张镇建设路 66 号", person("赵某某", "440102199002021237", "三张镇建设路 66 号"), handlers, today), officer).id();
        investigateToEnd(deciding, zhang, li, head, officer, today, new BigDecimal("500"), 1, null);
        steps.completeStep(deciding, new StepInput.PriorNotice(today, List.of(PenaltyType.FINE), new BigDecimal("500"),
                "违反《城市市容和环境卫生管理条例》第十一条，拟依据第三十六条第（一）项处以罚款。"), officer);
        steps.completeStep(deciding, new StepInput.StatementDefence(StepInput.PartyResponse.STATED,
                "当事人称不知需要审批，已自行拆除广告牌。", false, null), officer);
        log.info("Demo office: four demo cases loaded (filing approval, investigation, legal review, head decision)");
    }

    private void file(long caseId, Actor head) {
        steps.completeStep(caseId, new StepInput.FilingApproval(true, "同意立案。"), head);
    }

    private void investigateToEnd(long caseId, Officer zhang, Officer li, Actor head, Actor officer, LocalDate today,
            BigDecimal fine, int tier, String outsideReasons) {
        file(caseId, head);
        investigations.addInvestigationRecord(caseId, onSiteRecord(zhang, li, today, "现场", "现场检查笔录：违法事实属实。"), officer);
        steps.completeStep(caseId, new StepInput.InvestigationDone("现场检查一次，事实清楚。"), officer);
        steps.completeStep(caseId, new StepInput.InvestigationEnd(InvestigationOutcome.PENALTY, "事实清楚，证据确凿，拟予罚款。",
                List.of(PenaltyType.FINE), fine, null, false, false, false, false, null, tier, "经现场检查查明的情节见调查终结报告。",
                outsideReasons), officer);
    }

    private RegisterLead lead(long bodyId, String matterCode, String facts, String place, PartyInput party,
            List<Long> handlers, LocalDate today) {
        long matterId = officers.powerList(bodyId).stream().filter(m -> m.code().equals(matterCode)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo matter " + matterCode + " not on the power list")).id();
        return new RegisterLead(bodyId, LeadSource.INSPECTION, matterId, facts, today.minusDays(10), today.minusDays(2), place,
                false, party, handlers);
    }

    private static PartyInput person(String name, String idNumber, String address) {
        return new PartyInput(PartyKind.NATURAL_PERSON, name, idNumber, null, null, "13800000000", address);
    }

    private static PartyInput company() {
        return new PartyInput(PartyKind.ORGANISATION, "三张镇某某建材有限公司", null, "91440101MA5CXXXX0X", "李某",
                "020-12345678", "三张镇工业园 3 号");
    }

    private InvestigationRecordInput onSiteRecord(Officer a, Officer b, LocalDate today, String place, String content) {
        return new InvestigationRecordInput(InvestigationRecordInput.Kind.ON_SITE_INSPECTION, today, place,
                List.of(a.id(), b.id()), List.of(certificateOf(a), certificateOf(b)), content);
    }

    private String certificateOf(Officer officer) {
        return officers.certificatesOf(officer.id()).get(0).number();
    }
}
