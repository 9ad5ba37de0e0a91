-- the kinds of decision on a licence in force (cases V20): LICENCE_RENEWAL_REFUSAL is 23 characters
alter table decision_check alter column proposal_kind type varchar(30);
