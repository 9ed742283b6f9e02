package org.sanxiang.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two chains: the JSON API and Camunda's engine REST API (stateless HTTP Basic, no CSRF because no
 * cookie authenticates them), and everything else. The Camunda webapps under {@code /camunda}
 * authenticate with the same identity accounts through their own login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        // path matchers, not MVC matchers: /engine-rest is Camunda's Jersey servlet, outside Spring MVC
        RequestMatcher engineRest = PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**");
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"), engineRest))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(engineRest).hasAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + "camunda-admin")
                        // public checks (e.g. an enforcement certificate, APL Art. 55): anyone, no login
                        .requestMatchers("/api/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/camunda/**", "/camunda-welcome/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/v3/api-docs/**", "/error", "/actuator/health").permitAll()
                        // the public portal (行政执法公示, G118) and its CSS: anyone, no login
                        .requestMatchers("/portal", "/portal/**", "/webjars/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
                .formLogin(Customizer.withDefaults())
                .httpBasic(Customizer.withDefaults());
        return http.build();
    }
}
