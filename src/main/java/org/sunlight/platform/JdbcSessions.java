package org.sunlight.platform;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, tables from the platform's migration V3) when
 * {@code sunlight.sessions.store=jdbc}: for a deployment of more than one node behind a load balancer, where a client
 * logged in through one node must stay logged in when another serves it (issue 14, item 7). The single node keeps its
 * sessions in memory (the default, {@code memory}): the JDBC store reads the session on every request and writes its
 * last access time back, for nothing when there is one node.
 *
 * <p>Sessions keep what the servlet container's had: the same cookie (name {@code JSESSIONID} unless
 * {@code server.servlet.session.cookie.name} says otherwise, HttpOnly, SameSite, Secure under TLS) and the same
 * time-out ({@code server.servlet.session.timeout}). Boot's own session auto-configuration is off (see
 * {@code Application}), as it would switch the store on whenever the library is present.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "sunlight.sessions.store", havingValue = "jdbc")
@EnableJdbcHttpSession(tableName = "platform.spring_session")
class JdbcSessions {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(ServerProperties server) {
        var timeout = server.getServlet().getSession().getTimeout();
        return repository -> {
            if (timeout != null) {
                repository.setDefaultMaxInactiveInterval(timeout);
            }
        };
    }

    @Bean
    CookieSerializer sessionCookie(ServerProperties server) {
        var settings = server.getServlet().getSession().getCookie();
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName(settings.getName() != null ? settings.getName() : "JSESSIONID");
        cookie.setUseHttpOnlyCookie(settings.getHttpOnly() == null || settings.getHttpOnly());
        if (settings.getSecure() != null) {
            cookie.setUseSecureCookie(settings.getSecure());
        }
        if (settings.getSameSite() != null) {
            cookie.setSameSite(settings.getSameSite().attributeValue());
        }
        if (settings.getPath() != null) {
            cookie.setCookiePath(settings.getPath());
        }
        // the container's cookie value is the session id as it is; Spring Session's default would Base64 it
        cookie.setUseBase64Encoding(false);
        return cookie;
    }

    /** Before Spring Security's filters, and on error and async dispatches too, as Boot would register it. */
    @Bean
    FilterRegistrationBean<SessionRepositoryFilter<?>> sessionRepositoryFilterRegistration(
            SessionRepositoryFilter<?> filter) {
        var registration = new FilterRegistrationBean<SessionRepositoryFilter<?>>(filter);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.ASYNC, DispatcherType.ERROR, DispatcherType.REQUEST));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
        return registration;
    }
}
