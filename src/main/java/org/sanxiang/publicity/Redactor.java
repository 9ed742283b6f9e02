package org.sanxiang.publicity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sanxiang.publicity.PublicityProperties.NamePolicy;
import org.springframework.stereotype.Component;

/**
 * Removes personal data from a decision's text before it is published (G118; APL Art. 48; OGI Art. 15;
 * RULES §3): ID numbers, permits and passports (mainland, Hong Kong, Macau, Taiwan, foreign), dates of
 * birth, phone numbers (mainland and abroad), e-mail addresses, WeChat/QQ accounts, bank cards, licence
 * plates, addresses below the town level, and the names of natural persons other than the party —
 * those the case lists, those a record's label names (见证人：…), those after a role (其兄…, 雇员…,
 * 驾驶员…, 委托代理人…), and, by the Chinese name recogniser, the others; a name found once goes
 * everywhere. A natural-person party is named per the policy; an organisation keeps its name, unified
 * social credit code and legal representative. The office's officers and its own address stay, and so
 * do public places without a house number (roads, intersections, squares).
 * <p>
 * The rules are data ({@code redaction-rules.txt}); matching sees full-width digits and letters as
 * ASCII. Deterministic and local. The result is a draft: a second person checks it before publication.
 * Precision and recall are measured on the labelled corpus in the test resources ({@code RedactionCorpusTest}).
 */
@Component
public class Redactor {

    /** What replaces removed data. */
    public static final String MASK = "***";

    private static final char GUARD = '\uE000';

    private final RedactionRules rules = RedactionRules.load();
    private final Pattern name = rules.pattern("NAME");
    private final Pattern personLabel = rules.pattern("PERSON_LABEL");
    private final Pattern personRole = rules.pattern("PERSON_ROLE");
    private final Pattern officerLabel = rules.pattern("OFFICER_LABEL");
    private final Pattern nameBeforeRole = rules.pattern("NAME_BEFORE_ROLE");
    private final Pattern officeAddress = rules.pattern("OFFICE_ADDRESS");
    private final Pattern address = rules.pattern("ADDRESS");
    private final Pattern numbered = rules.pattern("ADDRESS_NUMBERED");
    private final Pattern residence = rules.pattern("RESIDENCE");
    private final Pattern surname = Pattern.compile("(?:" + String.join("|", rules.words("SURNAMES").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")[\\u4e00-\\u9fa5]{1,2}");
    private final Set<String> notNames = rules.words("NOT_NAMES");
    private final Set<String> notNameEndings = rules.words("NOT_NAME_ENDINGS");
    private final Set<String> notNameChars = rules.words("NOT_NAME_CHARS");
    private final Set<String> compoundSurnames = rules.words("COMPOUND_SURNAMES");
    private final PersonNameRecogniser recogniser;

    /** With the Chinese person-name recogniser (HanLP): it finds names no role or label introduces. */
    public Redactor() {
        this(true);
    }

    Redactor(boolean withRecogniser) {
        this.recogniser = withRecogniser ? PersonNameRecogniser.hanlp() : PersonNameRecogniser.NONE;
    }

    /** Redacts {@code text} about {@code subject}, naming a natural-person party per {@code policy}. */
    public Redacted redact(String text, RedactionSubject subject, NamePolicy policy) {
        if (text == null || text.isEmpty()) {
            return new Redacted(text == null ? "" : text, Set.of());
        }
        String folded = fold(text);
        boolean[] keep = new boolean[text.length()];
        List<PersonNameRecogniser.Found> recognised = recogniser.personNames(folded).stream()
                .filter(f -> plausibleRecognised(f.name())).toList();
        Set<String> officers = keepPublic(folded, subject, keep, recognised);
        String guarded = guard(folded, keep);
        Spans spans = new Spans();

        if (subject != null && subject.partyIdNumber() != null && !subject.partyIdNumber().isBlank()) {
            spans.addAll(guarded, fold(subject.partyIdNumber().strip()), "ID_NUMBER", null);
        }
        for (RedactionRules.Identifier id : rules.identifiers()) {
            Matcher m = id.pattern().matcher(guarded);
            while (m.find()) {
                int start = id.valueGroup() ? m.start("v") : m.start();
                int end = id.valueGroup() ? m.end("v") : m.end();
                if (start >= 0 && end > start) {
                    spans.add(start, end, id.kind(), null);
                }
            }
        }
        String partyName = subject == null || subject.partyName() == null ? null : subject.partyName().strip();
        for (String n : otherPersons(guarded, subject, officers, partyName, recognised)) {
            spans.addAll(guarded, n, "PERSON_NAME", null);
        }
        if (subject != null && subject.naturalPerson() && partyName != null && !partyName.isEmpty()) {
            String display = partyDisplay(subject.partyKind(), partyName, policy);
            if (!display.equals(partyName)) {
                spans.addAll(guarded, partyName, "PARTY_NAME", display);
            }
        }
        addAddresses(guarded, spans);
        return new Redacted(spans.apply(text), Set.copyOf(spans.kinds()));
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
        String surname = n.length() >= 3 && compoundSurnames.contains(n.substring(0, 2)) ? n.substring(0, 2) : n.substring(0, 1);
        return surname + "某";
    }

    /** Removes further terms a checker names (a person, a shop sign, a detail the patterns missed). */
    public String removeTerms(String text, Collection<String> terms) {
        String s = text;
        for (String t : terms == null ? List.<String>of() : terms) {
            if (t != null && !t.isBlank()) {
                s = s.replace(t.strip(), MASK);
            }
        }
        return s;
    }

    /**
     * Marks what is public and stays: an organisation party's name, credit code and legal
     * representative, the officers named after their role (and wherever else they appear), the
     * office's own address. Returns the officers' names.
     */
    private Set<String> keepPublic(String s, RedactionSubject subject, boolean[] keep,
            List<PersonNameRecogniser.Found> recognised) {
        if (subject != null && !subject.naturalPerson()) {
            markAll(s, subject.partyName(), keep);
            markAll(s, subject.creditCode(), keep);
            markAll(s, subject.legalRepresentative(), keep);
        }
        Set<String> officers = new LinkedHashSet<>();
        Matcher m = officerLabel.matcher(s);
        while (m.find()) {
            for (int[] r : namesAt(s, m.end(), recognised, true)) {
                officers.add(s.substring(r[0], r[1]));
            }
        }
        officers.removeIf(o -> !plausibleName(o));
        officers.forEach(o -> markAll(s, o, keep));
        Matcher office = officeAddress.matcher(s);
        while (office.find()) {
            mark(keep, office.start("v"), office.end("v"));
        }
        return officers;
    }

    /** The natural persons other than the party: listed by the case, labelled, after a role, recognised. */
    private Set<String> otherPersons(String s, RedactionSubject subject, Set<String> officers, String partyName,
            List<PersonNameRecogniser.Found> recognised) {
        Set<String> found = new LinkedHashSet<>();
        if (subject != null) {
            subject.otherPersons().stream().filter(n -> n != null).map(String::strip).forEach(found::add);
        }
        for (Pattern trigger : List.of(personLabel, personRole)) {
            Matcher m = trigger.matcher(s);
            while (m.find()) {
                for (int[] r : namesAt(s, m.end(), recognised, false)) {
                    found.add(s.substring(r[0], r[1]));
                }
            }
        }
        Matcher before = nameBeforeRole.matcher(s);
        while (before.find()) {
            found.add(before.group("v"));
        }
        recognised.forEach(f -> found.add(f.name()));
        Set<String> others = new LinkedHashSet<>();
        for (String n : found) {
            // a part of the party's name (王建 in 王建国) would spoil the party's display
            if (n.length() >= 2 && !n.contains("某") && n.indexOf(GUARD) < 0 && (partyName == null || !partyName.contains(n))
                    && !officers.contains(n) && !notNames.contains(n)
                    && (subject != null && subject.otherPersons().contains(n) || plausibleName(n))) {
                others.add(n);
            }
        }
        // longer names first, so that 王小明 goes whole before 王小
        return others.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Names starting at {@code from}, separated by 、 (李小红、赵大伟): where a punctuation mark or a
     * following word (称, 在场…) ends them, or else where the recogniser saw a name; for officers,
     * whose names stay, else surname and two characters.
     */
    private List<int[]> namesAt(String s, int from, List<PersonNameRecogniser.Found> recognised, boolean officers) {
        List<int[]> out = new ArrayList<>();
        Matcher m = name.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int pos = from;
        while (pos < s.length()) {
            m.region(pos, s.length());
            int end;
            if (m.lookingAt() && !notNames.contains(m.group())) {
                end = m.end();
            } else {
                int at = pos;
                end = recognised.stream().filter(f -> f.start() == at).mapToInt(f -> at + f.name().length()).findFirst()
                        .orElse(officers && pos + 3 <= s.length() && plausibleName(s.substring(pos, pos + 3)) ? pos + 3 : -1);
                if (end < 0) {
                    break;
                }
            }
            out.add(new int[] {pos, end});
            pos = end;
            if (pos < s.length() && s.charAt(pos) == '、') {
                pos++;
            } else {
                break;
            }
        }
        return out;
    }

    /** A name the recogniser proposes, unless its last character or a place character says otherwise. */
    private boolean plausibleRecognised(String n) {
        return plausibleName(n) && !notNameEndings.contains(n.substring(n.length() - 1))
                && notNameChars.stream().noneMatch(n::contains);
    }

    private boolean plausibleName(String n) {
        return n.length() >= 2 && !notNames.contains(n) && !n.contains("某")
                && (n.length() <= 4 && surname.matcher(n).matches() || n.length() <= 13 && n.indexOf('·') > 0);
    }

    /** An address below the town level goes when it has a number or is someone's residence; a public place stays. */
    private void addAddresses(String s, Spans spans) {
        Matcher m = address.matcher(s);
        while (m.find()) {
            boolean hasNumber = numbered.matcher(m.group()).find();
            if (hasNumber || residence.matcher(clauseBefore(s, m.start())).find()) {
                spans.add(m.start(), m.end(), "ADDRESS", null);
            }
        }
    }

    private static String clauseBefore(String s, int at) {
        int i = at - 1;
        while (i >= 0 && "，,。；;\n".indexOf(s.charAt(i)) < 0) {
            i--;
        }
        return s.substring(i + 1, at);
    }

    /** Full-width ASCII (１３８, ＡＢ) and the ideographic space folded to ASCII, one character for one. */
    static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= '\uFF01' && c[i] <= '\uFF5E' && Character.isLetterOrDigit(c[i])) {
                c[i] = (char) (c[i] - 0xFEE0);
            } else if (c[i] == '\u3000') {
                c[i] = ' ';
            }
        }
        return new String(c);
    }

    private static String guard(String s, boolean[] keep) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (keep[i]) {
                c[i] = GUARD;
            }
        }
        return new String(c);
    }

    private static void markAll(String s, String value, boolean[] keep) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = fold(value.strip());
        for (int i = s.indexOf(v); i >= 0; i = s.indexOf(v, i + v.length())) {
            mark(keep, i, i + v.length());
        }
    }

    private static void mark(boolean[] keep, int start, int end) {
        for (int i = Math.max(0, start); i < end && i < keep.length; i++) {
            keep[i] = true;
        }
    }

    /** The ranges to replace; overlapping ones merge into one mask. */
    private static final class Spans {
        private record Span(int start, int end, String kind, String replacement) {
        }

        private final List<Span> spans = new ArrayList<>();

        void add(int start, int end, String kind, String replacement) {
            spans.add(new Span(start, end, kind, replacement));
        }

        void addAll(String s, String value, String kind, String replacement) {
            if (value == null || value.isEmpty()) {
                return;
            }
            for (int i = s.indexOf(value); i >= 0; i = s.indexOf(value, i + value.length())) {
                add(i, i + value.length(), kind, replacement);
            }
        }

        Set<String> kinds() {
            Set<String> kinds = new LinkedHashSet<>();
            spans.forEach(sp -> kinds.add(sp.kind()));
            return kinds;
        }

        String apply(String text) {
            List<Span> sorted = new ArrayList<>(spans);
            sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
            StringBuilder out = new StringBuilder();
            int pos = 0;
            int i = 0;
            while (i < sorted.size()) {
                Span first = sorted.get(i);
                int end = first.end();
                boolean same = true;
                int j = i + 1;
                for (; j < sorted.size() && sorted.get(j).start() < end; j++) {
                    Span next = sorted.get(j);
                    same &= next.start() == first.start() && next.end() == first.end()
                            && Objects.equals(next.replacement(), first.replacement());
                    end = Math.max(end, next.end());
                }
                String replacement = same && first.replacement() != null ? first.replacement() : MASK;
                out.append(text, pos, first.start()).append(replacement);
                pos = end;
                i = j;
            }
            return out.append(text.substring(pos)).toString();
        }
    }
}
