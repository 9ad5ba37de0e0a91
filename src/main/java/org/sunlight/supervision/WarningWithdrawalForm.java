package org.sunlight.supervision;

/** Withdrawing a published warning case from the portal: the reason, required. */
public class WarningWithdrawalForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
