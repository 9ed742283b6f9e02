package org.sanxiang.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The workspace's language: zh-CN unless the user chose English with {@code ?lang=en} (kept in a
 * cookie for a year; {@code ?lang=zh-CN} switches back). The JSON API (and Camunda's, through
 * the completion guard) keeps answering in the language of its {@code Accept-Language} header when no
 * choice was made.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceLocale implements WebMvcConfigurer {

    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    static final String COOKIE = "sanxiang-lang";
    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setRejectInvalidCookies(true);
        resolver.setDefaultLocaleFunction(request -> {
            String uri = request.getRequestURI() == null ? "" : request.getRequestURI().substring(request.getContextPath().length());
            boolean api = uri.startsWith("/api/") || uri.startsWith("/engine-rest/") || uri.startsWith("/camunda/");
            if (api && request.getHeader("Accept-Language") != null) {
                return request.getLocale();
            }
            return DEFAULT;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
