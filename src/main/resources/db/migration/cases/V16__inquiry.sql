-- 行政处罚法 第五十五条 (询问或者检查应当制作笔录): an inquiry keeps its 询问笔录 with the act (place, time, the person
-- asked, the officers who asked and recorded, the questions and answers, the signature or the refusal noted), and an
-- inspection its 现场检查笔录 (place, time, the officers, the persons present, what was inspected and found, the
-- signature or the refusal noted), as the structured records typed.
alter table case_act add column inquiry jsonb;
alter table case_act add column site_record jsonb;
