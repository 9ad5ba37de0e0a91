package org.sunlight.organization;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.sunlight.platform.Refusal;

/**
 * 等保 level 3 asks two factors of privileged accounts: when {@code sunlight.login.second-factor-required-for} names
 * roles (e.g. {@code ADMIN,LEADER}), staff holding one of them who have not enabled their second factor reach only the
 * page that enables it (and their own password and logging out) until they have; the API refuses them with 403. Empty
 * (the default) leaves the second factor optional.
 */
@Component
class SecondFactorEnrolment implements HandlerInterceptor, WebMvcConfigurer {

    /** What a person who must enrol may still reach. */
    private static final Set<String> OPEN = Set.of("/console/second-factor", "/console/password", "/logout");

    private final Set<Role> required;
    private final UserAccounts accounts;

    SecondFactorEnrolment(LoginProperties properties, UserAccounts accounts) {
        this.required = Set.copyOf(properties.secondFactorRequiredFor());
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (!required.isEmpty()) {
            registry.addInterceptor(this).addPathPatterns("/console/**", "/admin/**", "/api/**");
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN.contains(path) || path.startsWith("/api/public/")) {
            return true;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffUser user)) {
            return true;
        }
        if (required.stream().noneMatch(user::hasRole)
                || accounts.secondFactor(user.getAccountId()).isPresent()) {
            return true;
        }
        if (path.startsWith("/api/")) {
            throw new SecondFactorRequired();
        }
        response.sendRedirect(request.getContextPath() + "/console/second-factor?required");
        return false;
    }

    /** The account must enable its second factor before it does anything else. */
    static final class SecondFactorRequired extends Refusal {
        SecondFactorRequired() {
            super(null, "console.second-factor.required");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }
}
