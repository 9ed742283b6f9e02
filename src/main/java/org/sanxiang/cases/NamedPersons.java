package org.sanxiang.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The natural persons a case names besides the party (RULES §3: their names are never published):
 * those listed on its investigation records, those the records' content labels
 * (被询问人：李小红, 见证人：赵某甲、钱某乙), and the other natural-person parties. Officers are public and
 * never among them.
 */
final class NamedPersons {

    /** A label of a 笔录 followed by one or more names separated by 、 (2–4 characters, or with a middle dot), ending at punctuation or space. */
    static final Pattern LABELLED = Pattern.compile(
            "(?:被询问人|被调查人|被检查人|证人|见证人|在场人员|在场人|陪同人员|陪同人|翻译人员|翻译人)(?:姓名)?\\s*[：:]\\s*"
            + "([\\u4e00-\\u9fa5·]{2,13}(?:、[\\u4e00-\\u9fa5·]{2,13})*)(?=[，,。；;：:、\\s（(）)]|$)");
    private static final Pattern NAME = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}|[\\u4e00-\\u9fa5]{1,6}·[\\u4e00-\\u9fa5]{1,6}");
    /** Words a label may carry instead of a name. */
    private static final Set<String> NOT_NAMES = Set.of("本人", "当事人", "无", "没有", "拒绝", "拒签", "拒绝签字", "家属", "同上",
            "不详", "见附页", "未到场", "执法人员");

    private NamedPersons() {
    }

    /** Names labelled in a record's content. */
    static List<String> labelledIn(String content) {
        List<String> names = new ArrayList<>();
        if (content == null) {
            return names;
        }
        Matcher m = LABELLED.matcher(content);
        while (m.find()) {
            for (String n : m.group(1).split("、")) {
                String name = n.strip();
                if (NAME.matcher(name).matches() && !NOT_NAMES.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The persons to keep out of publications: distinct, without the party, the officers and names already anonymised (某). */
    static List<String> others(Collection<String> candidates, String partyName, Collection<String> officerNames) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : candidates) {
            if (c == null) {
                continue;
            }
            String name = c.strip();
            if (name.length() < 2 || name.contains("某") || NOT_NAMES.contains(name) || name.equals(partyName)
                    || officerNames.contains(name)) {
                continue;
            }
            out.add(name);
        }
        return List.copyOf(out);
    }
}
