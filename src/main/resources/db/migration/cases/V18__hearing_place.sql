-- 行政处罚法 第六十四条第二项、行政许可法 第四十八条第一款第一项: the 听证通知书 names the hearing's time and place.
alter table enforcement_case add column hearing_place varchar(200);
