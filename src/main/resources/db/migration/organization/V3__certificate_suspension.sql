-- A certificate suspended from a day, with the reason (实施方案 三(四)2: an officer graded 不合格 two years in a row
-- acts no more until a leader records 调离执法岗位 or 取消执法资格). Suspended on a day means: no act from that day on.
alter table officer
    add column suspended_on     date,
    add column suspended_reason varchar(200),
    add constraint officer_suspension_has_reason
        check ((suspended_on is null) = (suspended_reason is null) and (suspended_reason is null or length(suspended_reason) > 0));
