package org.sunlight.supervision;

import java.util.UUID;

/**
 * The channels a unit publishes for complaints about enforcement: e-mail, hotline, postal address, and the scope of
 * what it accepts (实施方案 三(三)3: 受理范围、电子信箱、热线电话、通信地址 统一向社会公布).
 */
record ComplaintChannels(UUID unitId, String unitName, String email, String hotline, String address, String scope) {}
