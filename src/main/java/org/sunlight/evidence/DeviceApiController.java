package org.sunlight.evidence;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** Recording devices over JSON (R4). */
@RestController
@RequestMapping("/api/devices")
class DeviceApiController {

    private final Devices devices;

    DeviceApiController(Devices devices) {
        this.devices = devices;
    }

    record Registration(UUID unitId, DeviceKind kind, String serialNo, String model) {}

    record Issue(UUID officerId) {}

    record StatusChange(DeviceStatus status) {}

    record Standard(BigDecimal devicesPerOfficer) {}

    @GetMapping
    PageOf<Device> list(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return devices.list(user, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    Device one(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id) {
        return devices.device(user, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Device register(@AuthenticationPrincipal StaffUser user, @RequestBody(required = false) Registration body) {
        var r = body == null ? new Registration(null, null, null, null) : body;
        return devices.register(user, r.unitId(), r.kind(), r.serialNo(), r.model());
    }

    @PostMapping("/{id}/issue")
    Device issue(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @RequestBody(required = false) Issue body) {
        return devices.issue(user, id, body == null ? null : body.officerId());
    }

    @PostMapping("/{id}/return")
    Device giveBack(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id) {
        return devices.giveBack(user, id);
    }

    @PostMapping("/{id}/status")
    Device status(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) StatusChange body) {
        return devices.setStatus(user, id, body == null ? null : body.status());
    }

    @GetMapping("/ratios")
    List<DeviceRatio> ratios(@AuthenticationPrincipal StaffUser user) {
        return devices.ratios(user);
    }

    @PutMapping("/standard")
    Standard setStandard(@AuthenticationPrincipal StaffUser user, @RequestBody(required = false) Standard body) {
        devices.setStandard(user, body == null ? null : body.devicesPerOfficer());
        return new Standard(devices.standard());
    }
}
