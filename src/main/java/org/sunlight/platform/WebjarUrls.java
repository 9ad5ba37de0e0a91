package org.sunlight.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Pages link to their webjars (htmx) with the version in the URL, as Spring Boot's resource chain writes it; every
 * other link is left as it is. Boot's own filter looked each link of a page up on the classpath (four static locations
 * inside the jar, never cached when nothing is found), which cost a list page of 20 results about 60 ms of CPU.
 */
@Configuration(proxyBeanMethods = false)
class WebjarUrls {

    /** Registered for every request as a plain filter bean; being a ResourceUrlEncodingFilter, it stands in for Boot's. */
    @Bean
    WebjarUrlEncodingFilter webjarUrlEncodingFilter() {
        return new WebjarUrlEncodingFilter();
    }

    /** Boot's filter, asked only about links under /webjars/. */
    static class WebjarUrlEncodingFilter extends ResourceUrlEncodingFilter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!(response instanceof HttpServletResponse plain)) {
                chain.doFilter(request, response);
                return;
            }
            super.doFilter(
                    request,
                    response,
                    (wrappedRequest, resolving) ->
                            chain.doFilter(wrappedRequest, new OnlyWebjars((HttpServletResponse) resolving, plain)));
        }
    }

    private static final class OnlyWebjars extends HttpServletResponseWrapper {

        private final HttpServletResponse resolving;
        private final HttpServletResponse plain;

        OnlyWebjars(HttpServletResponse resolving, HttpServletResponse plain) {
            super(resolving);
            this.resolving = resolving;
            this.plain = plain;
        }

        @Override
        public String encodeURL(String url) {
            return url.contains("/webjars/") ? resolving.encodeURL(url) : plain.encodeURL(url);
        }
    }
}
