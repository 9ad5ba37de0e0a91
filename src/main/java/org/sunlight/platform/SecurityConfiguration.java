package org.sunlight.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * Who may open what: the portal and the public API are open to everyone, the console needs a staff login, the
 * administration screens need the ADMIN role. Form login for staff, CSRF on every changing request.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC = {
        "/",
        "/portal/**",
        "/login",
        "/error",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/images/**",
        "/favicon.ico",
        "/api/public/**",
        "/api/transparency/**",
        "/feeds/**",
        "/actuator/health/**",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html"
    };

    /** Only with a web server: the {@code verify} command starts the product without one. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        var api = new AntPathRequestMatcher("/api/**");
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        // complaints and accountability (A6, A9): the supervisors', and leaders may read
                        .requestMatchers("/console/supervision/**", "/api/supervision/**")
                        .hasAnyRole("SUPERVISOR", "LEADER")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/console", true)
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                (request, response, e) -> problems.write(
                                        request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized"),
                                api)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) ->
                                        problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden"),
                                api))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    /** Delegating encoder: new passwords are hashed with bcrypt, and the stored prefix allows a later upgrade. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
