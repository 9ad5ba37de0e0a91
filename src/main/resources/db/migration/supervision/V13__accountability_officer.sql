-- 实施方案 三(四)2、三(五): an outcome of 调离执法岗位 or 取消执法资格 acts on an officer's certificate; the matter keeps
-- whose (organization.officer; another module's table, so no foreign key). Matters decided before keep no officer:
-- the first check holds for rows written from now on.
alter table supervision.accountability
    add column officer_id uuid;
alter table supervision.accountability
    add constraint accountability_certificate_outcome_names_officer
        check (outcome is null or outcome not in ('REMOVED_FROM_POST', 'QUALIFICATION_WITHDRAWN')
            or officer_id is not null) not valid;
alter table supervision.accountability
    add constraint accountability_no_fault_names_no_officer
        check (outcome is null or outcome <> 'NO_FAULT' or officer_id is null);
