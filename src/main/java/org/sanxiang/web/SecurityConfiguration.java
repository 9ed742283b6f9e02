package org.sanxiang.web;

import org.sanxiang.process.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three chains:
 * <ol>
 * <li>the JSON API and Camunda's engine REST API: stateless HTTP Basic, no CSRF because no cookie
 * authenticates them;</li>
 * <li>what keeps its own page rules: Camunda's webapps (their own login with the same identity
 * accounts), Swagger UI, the public portal;</li>
 * <li>the staff workspace: a Chinese login form, CSRF on every form, login throttling, a strict
 * Content-Security-Policy, roles from the Camunda groups.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String OFFICER = Roles.authority(Roles.OFFICER);
    static final String REVIEWER = Roles.authority(Roles.LEGAL_REVIEWER);
    static final String HEAD = Roles.authority(Roles.HEAD);
    static final String SUPERVISOR = Roles.authority(Roles.SUPERVISOR);
    static final String ADMIN = Roles.authority(Roles.ADMIN);

    /** Only our own origin: no CDN, no inline script (the machines of the offices are offline anyway). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, LoginThrottle throttle, ProblemText text, ObjectMapper json,
            LocaleResolver locales) throws Exception {
        // path matchers, not MVC matchers: /engine-rest is Camunda's Jersey servlet, outside Spring MVC
        RequestMatcher engineRest = PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**");
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"), engineRest))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(engineRest).hasAuthority(ADMIN)
                        // public checks (e.g. an enforcement certificate, APL Art. 55): anyone, no login
                        .requestMatchers("/api/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .addFilterBefore(LoginThrottleFilter.basic(throttle, text, json, locales), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ownRulesChain(HttpSecurity http, LoginThrottle throttle, ProblemText text, ObjectMapper json,
            LocaleResolver locales, @Value("${sanxiang.security.api-docs-public:false}") boolean apiDocsPublic)
            throws Exception {
        // path matchers: the webapps' APIs (/camunda/api/**) are Camunda's Jersey servlets, outside Spring MVC,
        // which an MVC matcher would not match — Tasklist's login would land on the workspace's login redirect
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher camunda = paths.matcher("/camunda/**");
        // the API description is open only where configured (the demo): elsewhere it falls to the workspace
        // chain, which sends anonymous callers to the login (issue 15, finding 8)
        RequestMatcher own = apiDocsPublic
                ? new OrRequestMatcher(camunda, paths.matcher("/camunda-welcome/**"), paths.matcher("/swagger-ui.html"),
                        paths.matcher("/swagger-ui/**"), paths.matcher("/v3/api-docs"), paths.matcher("/v3/api-docs/**"))
                : new OrRequestMatcher(camunda, paths.matcher("/camunda-welcome/**"));
        http.securityMatcher(own)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .addFilterBefore(LoginThrottleFilter.camundaWebapps(throttle, text, json, locales),
                        UsernamePasswordAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(camunda));
        return http.build();
    }

    /** The public portal (行政执法公示): open to everyone, read-only, with the workspace's strict headers. */
    @Bean
    @Order(2)
    SecurityFilterChain portalChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/portal", "/portal/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain workspaceChain(HttpSecurity http, LoginThrottle throttle, SecurityEventLog events)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/denied", "/error", "/error/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/actuator/health").permitAll()
                        .requestMatchers("/admin/**").hasAuthority(ADMIN)
                        .requestMatchers("/supervision/**").hasAnyAuthority(SUPERVISOR, HEAD, ADMIN)
                        .requestMatchers("/review/**").hasAnyAuthority(REVIEWER, HEAD)
                        .requestMatchers("/cases/new", "/cases/summary").hasAuthority(OFFICER)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/inbox", false)
                        .failureHandler(new LoginFailureHandler(throttle)).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterBefore(LoginThrottleFilter.form(throttle), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(s -> s.invalidSessionUrl("/login?expired").sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(events))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")))
                .csrf(Customizer.withDefaults());
        return http.build();
    }

    /** Publishes denials as {@code AuthorizationDeniedEvent}s, which {@link SecurityEventLog} logs. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
