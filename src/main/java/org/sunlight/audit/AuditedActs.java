package org.sunlight.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Appends each {@link AuditedAct} synchronously, inside the transaction of the act. */
@Component
class AuditedActs {

    private final AuditLog log;
    private final ObjectMapper json;

    AuditedActs(AuditLog log, ObjectMapper json) {
        this.log = log;
        this.json = json;
    }

    @EventListener
    void on(AuditedAct act) {
        String detail;
        try {
            detail = act.detail() == null ? null : json.writeValueAsString(act.detail());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        log.append(new LeafData(
                act.kind(),
                act.at(),
                act.actor(),
                act.address(),
                act.subject(),
                act.recordId(),
                act.caseId(),
                act.unitId(),
                detail));
    }
}
