package org.sanxiang.publicity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanxiang.publicity.PublicityProperties.NamePolicy;
import org.springframework.stereotype.Component;

/**
 * Removes personal data from a decision's text before it is published (G118; APL Art. 48; OGI Art. 15;
 * RULES §3): ID numbers (18 digits with a check digit that may be X, and the old 15 digits), mobile and
 * landline numbers, addresses below the town level, bank card numbers, licence plates and the names of
 * natural persons other than the party. A natural-person party is named per the policy; an
 * organisation keeps its name, unified social credit code and legal representative.
 * <p>
 * The patterns err on the side of removal: a 15- to 19-digit number is removed whatever it is. The
 * result is a draft: a second person checks it before publication.
 */
@Component
public class Redactor {

    /** What replaces removed data. */
    public static final String MASK = "***";

    static final Pattern ID_18 = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])");
    static final Pattern BANK_CARD = Pattern.compile("(?<![0-9A-Za-z])\\d(?:[ -]?\\d){15,18}(?![0-9A-Za-z])");
    static final Pattern ID_15 = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9]\\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}(?![0-9A-Za-z])");
    static final Pattern MOBILE = Pattern.compile(
            "(?:(?:\\+|00)86[ -]?|(?<![0-9]))1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?![0-9])");
    static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9])(?:[(（]0\\d{2,3}[)）][ -]?|0\\d{2,3}[ -]?)[1-9]\\d{2,3}[ -]?\\d{4}(?:(?:转|-|ext\\.?)\\d{1,6})?(?![0-9])");
    static final Pattern PLATE = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•・.\\s-]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳](?![A-Za-z0-9])");

    /** A natural person named by their role (证人李小红、其妻张某某): a name the case data may not list. */
    static final Pattern ROLE_NAMED_PERSON = Pattern.compile(
            "(?<=证人|目击者|目击证人|举报人|投诉人|报案人|邻居|员工|雇员|家属|亲属|其妻|其夫|其子|其女|之妻|之夫|之子|之女|同行人)"
            + "(?!\\*)[\\u4e00-\\u9fa5]{2,3}?(?=[，,、。；;：:（(）)\\s]|在场|在|称|证实|陈述|表示|系|作证|等|均|也|$)");

    private static final String HAN = "[\\u4e00-\\u9fa5&&[^省市区县镇乡街在于住的和与及、，。；：]]";
    private static final String KEY = "(?:村民委员会|村委会|居委会|社区|村|大道|路|街(?!道)|巷|弄|胡同|小区|花园|大厦|公寓|工业园|园区)";
    private static final String UNIT = "\\s*[0-9０-９一二三四五六七八九十]+(?:[-－][0-9]+)?\\s*(?:号楼|号院|号|弄|栋|幢|座|单元|楼|层|室|组|铺|房)";
    /** Starts right after a town-level (or higher) unit, or after 住/址/在/于 or punctuation. */
    private static final String TRIGGER = "(?:(?<=[省市区县镇乡住址在于：:，,\\s])|(?<=街道)|^)";
    static final Pattern ADDRESS = Pattern.compile(TRIGGER + "(?:" + HAN + "{2,10}?\\s*(?:" + KEY + "|" + UNIT + ")|"
            + UNIT.substring(3) + ")" + "(?:\\s*" + HAN + "{0,6}?\\s*" + KEY + "|" + UNIT + ")*");

    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "南宫", "西门", "独孤", "万俟");

    /** Redacts {@code text} about {@code subject}, naming a natural-person party per {@code policy}. */
    public Redacted redact(String text, RedactionSubject subject, NamePolicy policy) {
        if (text == null || text.isEmpty()) {
            return new Redacted(text == null ? "" : text, Set.of());
        }
        Set<String> removed = new LinkedHashSet<>();
        List<String> protectedTexts = new ArrayList<>();
        String s = text;
        if (subject != null && !subject.naturalPerson()) {
            // organisations keep name, credit code and legal representative (RULES §3)
            s = protect(s, subject.creditCode(), protectedTexts);
            s = protect(s, subject.partyName(), protectedTexts);
            s = protect(s, subject.legalRepresentative(), protectedTexts);
        }
        if (subject != null && subject.partyIdNumber() != null && !subject.partyIdNumber().isBlank()
                && s.contains(subject.partyIdNumber())) {
            s = s.replace(subject.partyIdNumber(), MASK);
            removed.add("ID_NUMBER");
        }
        s = replace(s, ID_18, "ID_NUMBER", removed);
        s = replace(s, BANK_CARD, "BANK_CARD", removed);
        s = replace(s, ID_15, "ID_NUMBER", removed);
        s = replace(s, MOBILE, "MOBILE", removed);
        s = replace(s, LANDLINE, "LANDLINE", removed);
        s = replace(s, PLATE, "LICENCE_PLATE", removed);
        if (subject != null) {
            List<String> others = subject.otherPersons().stream()
                    .filter(n -> n != null && n.strip().length() >= 2 && !n.contains("某"))
                    .map(String::strip)
                    .filter(n -> !n.equals(subject.partyName()))
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
            for (String name : others) {
                if (s.contains(name)) {
                    s = s.replace(name, MASK);
                    removed.add("PERSON_NAME");
                }
            }
        }
        s = replaceRoleNamed(s, removed);
        if (subject != null) {
            if (subject.naturalPerson() && subject.partyName() != null && !subject.partyName().isBlank()) {
                String display = partyDisplay(subject.partyKind(), subject.partyName(), policy);
                if (!display.equals(subject.partyName()) && s.contains(subject.partyName())) {
                    s = s.replace(subject.partyName(), display);
                    removed.add("PARTY_NAME");
                }
            }
        }
        s = replace(s, ADDRESS, "ADDRESS", removed);
        for (int i = 0; i < protectedTexts.size(); i++) {
            s = s.replace(placeholder(i), protectedTexts.get(i));
        }
        return new Redacted(s, Set.copyOf(removed));
    }

    /**
     * The party as published: an organisation by its full name; a natural person by full name or
     * surname + 某 (王某某 → 王某, 欧阳某某 → 欧阳某).
     */
    public String partyDisplay(String partyKind, String name, NamePolicy policy) {
        if (name == null || name.isBlank()) {
            return MASK;
        }
        String n = name.strip();
        if (!"NATURAL_PERSON".equals(partyKind) || policy == NamePolicy.FULL_NAME) {
            return n;
        }
        String surname = n.length() >= 3 && COMPOUND_SURNAMES.contains(n.substring(0, 2)) ? n.substring(0, 2) : n.substring(0, 1);
        return surname + "某";
    }

    /** Names after a role word, unless already anonymised (某) or a masked placeholder. */
    private static String replaceRoleNamed(String s, Set<String> removed) {
        Matcher m = ROLE_NAMED_PERSON.matcher(s);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            if (m.group().contains("某")) {
                continue;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(MASK));
            any = true;
        }
        m.appendTail(out);
        if (any) {
            removed.add("PERSON_NAME");
        }
        return out.toString();
    }

    /** Removes further terms a checker names (a person, a shop sign, a detail the patterns missed). */
    public String removeTerms(String text, java.util.Collection<String> terms) {
        String s = text;
        for (String t : terms == null ? java.util.List.<String>of() : terms) {
            if (t != null && !t.isBlank()) {
                s = s.replace(t.strip(), MASK);
            }
        }
        return s;
    }

    private static String protect(String s, String value, List<String> protectedTexts) {
        if (value == null || value.isBlank() || !s.contains(value)) {
            return s;
        }
        protectedTexts.add(value);
        return s.replace(value, placeholder(protectedTexts.size() - 1));
    }

    private static String placeholder(int i) {
        return "\uE000" + (char) ('\uE100' + i) + "\uE001";
    }

    private static String replace(String s, Pattern pattern, String kind, Set<String> removed) {
        Matcher m = pattern.matcher(s);
        if (!m.find()) {
            return s;
        }
        removed.add(kind);
        return m.replaceAll(Matcher.quoteReplacement(MASK));
    }
}
