-- An optional second factor (TOTP, RFC 6238) for administrators and leaders (issue 14; 等保 level 3 asks two factors
-- of privileged accounts): the shared secret (Base32, as authenticator apps take it), when it was enabled, and the
-- last time step a code was accepted for, so that no code is accepted twice.
alter table user_account
    add column totp_secret text,
    add column totp_enabled_at timestamptz,
    add column totp_last_step bigint,
    add constraint user_account_totp_complete check ((totp_secret is null) = (totp_enabled_at is null));
