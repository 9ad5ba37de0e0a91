package org.sunlight.cases;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds what other modules keep about a case ({@link CaseLink}) to the case's JSON answered by {@link CaseApiController},
 * as further properties beside the case's own.
 */
@RestControllerAdvice(assignableTypes = CaseApiController.class)
class CaseLinks implements ResponseBodyAdvice<Object> {

    private final List<CaseLink> links;

    CaseLinks(List<CaseLink> links) {
        this.links = links;
    }

    /** The case as before, with one more property per link that has something. */
    record LinkedCase(@JsonUnwrapped CaseView view, @JsonAnyGetter Map<String, Object> links) {}

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return CaseView.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (!(body instanceof CaseView view) || links.isEmpty()) {
            return body;
        }
        var found = new LinkedHashMap<String, Object>();
        for (CaseLink link : links) {
            link.of(view.id()).ifPresent(value -> found.put(link.name(), value));
        }
        return new LinkedCase(view, found);
    }
}
