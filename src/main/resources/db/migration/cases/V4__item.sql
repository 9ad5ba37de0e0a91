-- The enforcement item a case concerns (D2): a licence is decided within the item's published time limit.
alter table enforcement_case add column item_code varchar(50);
