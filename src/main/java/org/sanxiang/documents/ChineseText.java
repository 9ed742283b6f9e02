package org.sanxiang.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Dates and amounts as official documents write them: dates in Chinese numerals (二〇二六年十一月十八日,
 * GB/T 9704 for the date of issue) and amounts in figures with their capitals (人民币陆仟元整).
 */
public final class ChineseText {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String CAPITALS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] UNITS = {"", "拾", "佰", "仟"};
    private static final String[] SECTIONS = {"", "万", "亿", "万亿"};

    private ChineseText() {
    }

    /** 2026-11-18 → 二〇二六年十一月十八日 */
    public static String date(LocalDate d) {
        if (d == null) {
            return null;
        }
        StringBuilder year = new StringBuilder();
        for (char c : Integer.toString(d.getYear()).toCharArray()) {
            year.append(DIGITS.charAt(c - '0'));
        }
        return year + "年" + small(d.getMonthValue()) + "月" + small(d.getDayOfMonth()) + "日";
    }

    /** 1..31 → 一..三十一 */
    static String small(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }

    /** 6000 → 陆仟元整; 1234.5 → 壹仟贰佰叁拾肆元伍角 */
    public static String capitals(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        long yuan = a.longValue();
        int cents = a.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        StringBuilder out = new StringBuilder(yuan == 0 ? "零" : integer(yuan)).append("元");
        if (cents == 0) {
            return out.append("整").toString();
        }
        int jiao = cents / 10;
        int fen = cents % 10;
        if (jiao > 0) {
            out.append(CAPITALS.charAt(jiao)).append("角");
        } else {
            out.append("零");
        }
        if (fen > 0) {
            out.append(CAPITALS.charAt(fen)).append("分");
        }
        return out.toString();
    }

    private static String integer(long n) {
        StringBuilder out = new StringBuilder();
        int section = 0;
        boolean zeroPending = false;
        while (n > 0) {
            int part = (int) (n % 10000);
            String text = section(part);
            if (part != 0) {
                String chunk = text + SECTIONS[section];
                if (zeroPending) {
                    chunk = chunk + "零";
                }
                out.insert(0, chunk);
                zeroPending = part < 1000;
            } else if (out.length() > 0) {
                zeroPending = true;
            }
            n /= 10000;
            section++;
        }
        String s = out.toString();
        return s.endsWith("零") ? s.substring(0, s.length() - 1) : s;
    }

    private static String section(int part) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int i = 3; i >= 0; i--) {
            int digit = (int) (part / Math.pow(10, i)) % 10;
            if (digit == 0) {
                zero = out.length() > 0;
            } else {
                if (zero) {
                    out.append("零");
                    zero = false;
                }
                out.append(CAPITALS.charAt(digit)).append(UNITS[i]);
            }
        }
        return out.toString();
    }
}
