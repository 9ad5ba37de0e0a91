-- A proposed fine is measured against the discretion standard's range for the chosen circumstance (A4); a fine
-- outside it carries a written reason and is flagged for the legal reviewer.
alter table enforcement_case add column proposal_item_code varchar(50);
alter table enforcement_case add column proposal_circumstance varchar(10);
alter table enforcement_case add column proposal_out_of_range boolean not null default false;
alter table enforcement_case add column proposal_out_of_range_reason text;
alter table enforcement_case add constraint proposal_out_of_range_has_reason
    check (not proposal_out_of_range or length(trim(proposal_out_of_range_reason)) > 0);
