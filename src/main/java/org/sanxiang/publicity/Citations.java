package org.sanxiang.publicity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the citations the models and rules carry ({@code APL Art. 42, 55}, {@code G118; OGI Art. 14-15},
 * {@code APL Art. 57 para. 2}, {@code APL Art. 27, 57(4)}, {@code APL Art. 48 ¶2}) into the way the
 * public reads them: 《中华人民共和国行政处罚法》第四十二条、第五十五条. {@code RULES §n} (the project's
 * own rule book) is left out; anything unknown is kept as written.
 */
public final class Citations {

    private static final Map<String, String> LAWS = Map.of(
            "APL", "《中华人民共和国行政处罚法》",
            "ACL", "《中华人民共和国行政强制法》",
            "OGI", "《中华人民共和国政府信息公开条例》",
            "ARL", "《中华人民共和国行政复议法》",
            "ALL", "《中华人民共和国行政诉讼法》");
    /** 《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》, by its number. */
    private static final String G118 = "国办发〔2018〕118号";
    private static final Pattern LAW = Pattern.compile("^(APL|ACL|OGI|ARL|ALL)\\s+Art\\.?\\s*(.+)$");
    private static final Pattern ITEM = Pattern.compile(
            "^(\\d+)(?:\\s*-\\s*(\\d+))?(?:\\s*(?:para\\.?|¶)\\s*(\\d+))?(?:\\s*\\((\\d+)\\))?$");
    /** The citation part of a model's documentation: everything before the first colon, if it cites. */
    private static final Pattern LEADING = Pattern.compile("^((?:APL|ACL|OGI|ARL|ALL|G118|RULES)[^:：]*)[:：]");
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Citations() {
    }

    /** The citations a BPMN element's documentation starts with, in Chinese; empty when it cites nothing. */
    public static String ofDocumentation(String documentation) {
        if (documentation == null) {
            return "";
        }
        Matcher m = LEADING.matcher(documentation.strip());
        return m.find() ? toChinese(m.group(1)) : "";
    }

    /** {@code APL Art. 42, 55; G118} → 《中华人民共和国行政处罚法》第四十二条、第五十五条；国办发〔2018〕118号. */
    public static String toChinese(String citations) {
        if (citations == null || citations.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String raw : citations.split("[;；]")) {
            String part = raw.strip();
            if (part.isEmpty() || part.startsWith("RULES")) {
                continue;
            }
            if (part.equals("G118")) {
                parts.add(G118);
                continue;
            }
            if (part.equals("practice")) {
                parts.add("本机关办案规范（法律未规定期限）");
                continue;
            }
            Matcher law = LAW.matcher(part);
            if (!law.matches()) {
                parts.add(part);
                continue;
            }
            List<String> articles = new ArrayList<>();
            boolean understood = true;
            for (String item : law.group(2).split("[,，、]")) {
                Matcher a = ITEM.matcher(item.strip());
                if (!a.matches()) {
                    understood = false;
                    break;
                }
                StringBuilder s = new StringBuilder("第").append(numeral(Integer.parseInt(a.group(1)))).append("条");
                if (a.group(2) != null) {
                    s.append("至第").append(numeral(Integer.parseInt(a.group(2)))).append("条");
                }
                if (a.group(3) != null) {
                    s.append("第").append(numeral(Integer.parseInt(a.group(3)))).append("款");
                }
                if (a.group(4) != null) {
                    s.append("第（").append(numeral(Integer.parseInt(a.group(4)))).append("）项");
                }
                articles.add(s.toString());
            }
            parts.add(understood ? LAWS.get(law.group(1)) + String.join("、", articles) : part);
        }
        return String.join("；", parts);
    }

    /** 1 → 一, 15 → 十五, 54 → 五十四, 105 → 一百零五, 111 → 一百一十一. */
    static String numeral(int n) {
        if (n < 0 || n > 999) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        if (n < 100) {
            return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        int rest = n % 100;
        String s = DIGITS[n / 100] + "百";
        if (rest == 0) {
            return s;
        }
        if (rest < 10) {
            return s + "零" + DIGITS[rest];
        }
        return s + (rest < 20 ? "一" : "") + numeral(rest);
    }
}
