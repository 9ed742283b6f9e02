package org.sanxiang.officers.web;

import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * People, not logins: the pages show an account's officer name (张伟) where the stored value is the login
 * (zhangwei) — top bar, 登记人, 记录人, 办理人, the timeline. Templates call {@code @people.name(login)}; a
 * login without an officer record ("system", an administrator) is shown as the system's word for it.
 */
@Component("people")
@RequiredArgsConstructor
public class PeopleNames {

    private final OfficerDirectory officers;

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if ("system".equals(username)) {
            return org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage().equals("en")
                    ? "System" : "系统";
        }
        return officers.officerByUsername(username).map(Officer::name).orElse(username);
    }
}
