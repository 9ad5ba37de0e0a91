package org.sunlight.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Who may open what, as the route policy declares it (the one {@link AuthorizationManager} bean, kept by the
 * organization module with the roles it names); form login for staff, CSRF on every changing request; a strict
 * Content-Security-Policy; sessions a new login replaces, kept in a registry so that a password change, a deactivation,
 * a role change or a lock ends them; {@code Secure} cookies and HSTS when {@code sunlight.security.tls} says the
 * product is reached over TLS.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Scripts and styles from the product's own files only; no inline script, no plugins, no framing by others. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** Only with a web server: the {@code verify} command starts the product without one. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ProblemResponses problems,
            AuthorizationManager<RequestAuthorizationContext> routePolicy,
            SessionRegistry sessions,
            @Value("${sunlight.security.tls:false}") boolean tls)
            throws Exception {
        var api = new AntPathRequestMatcher("/api/**");
        // the container's forward to the error page carries the status already decided for the request (a 400 for an
        // unreadable body of any method): it shows that page, whoever asked; the route policy decides everything else
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .anyRequest()
                        .access(routePolicy))
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(LoginDetails::new)
                        .defaultSuccessUrl("/console", true)
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredSessionStrategy(event -> {
                            var request = event.getRequest();
                            var response = event.getResponse();
                            if (api.matches(request)) {
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.session-ended");
                            } else {
                                response.setStatus(HttpServletResponse.SC_FOUND);
                                response.setHeader("Location", request.getContextPath() + "/login?ended");
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                (request, response, e) -> problems.write(
                                        request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized"),
                                api)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) ->
                                        problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden"),
                                api)
                        // pages get the HTML error page with the status (with one mapping only, Spring Security would
                        // answer every page with the API's problem)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                .headers(headers -> {
                    headers.frameOptions(frame -> frame.sameOrigin())
                            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                            .referrerPolicy(referrer -> referrer.policy(
                                    org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                            .ReferrerPolicy.SAME_ORIGIN));
                    if (tls) {
                        // behind a proxy that ends TLS the request itself looks plain: the setting decides
                        headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                                .maxAgeInSeconds(31_536_000)
                                .includeSubDomains(true));
                    } else {
                        headers.httpStrictTransportSecurity(hsts -> hsts.disable());
                    }
                });
        return http.build();
    }

    /**
     * The logged-in sessions by account, so that the organization module can end an account's sessions: kept in memory
     * beside the container's sessions, or, with the sessions in PostgreSQL ({@link JdbcSessions}), found through the
     * session table's principal-name index, so that a session opened on another node ends too.
     */
    @Bean
    SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> jdbc) {
        var repository = jdbc.getIfAvailable();
        return repository != null ? backedBy(repository) : new SessionRegistryImpl();
    }

    private static <S extends Session> SessionRegistry backedBy(FindByIndexNameSessionRepository<S> repository) {
        return new SpringSessionBackedSessionRegistry<>(repository);
    }

    /** Tells the registry when the servlet container ends a session (logout, time-out). */
    @Bean
    @ConditionalOnWebApplication
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Delegating encoder: new passwords are hashed with bcrypt, and the stored prefix allows a later upgrade. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
