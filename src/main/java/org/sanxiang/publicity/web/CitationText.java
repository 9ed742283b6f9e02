package org.sanxiang.publicity.web;

import org.sanxiang.publicity.Citations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Chinese, not internals: a citation as stored by the rules and the record ({@code APL Art. 54}) reads
 * 《中华人民共和国行政处罚法》第五十四条 on a Chinese page and stays {@code APL Art. 54} on an English one.
 * Templates call {@code @cite.text(article)}.
 */
@Component("cite")
public class CitationText {

    public String text(String article) {
        if (article == null || article.isBlank()) {
            return "";
        }
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? article : Citations.toChinese(article);
    }
}
