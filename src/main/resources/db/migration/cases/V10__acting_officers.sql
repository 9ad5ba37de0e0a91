-- 行政处罚法 第四十二条: an act records the officer it is about (the one who joined the case) and the second officer who
-- acted with the one who took it; 第五十二条: a party's refusal to sign for a document delivered on the spot is noted.
alter table case_act add column officer_id uuid;
alter table case_act add column companion_id uuid;
alter table case_act add column refused_to_sign boolean not null default false;
