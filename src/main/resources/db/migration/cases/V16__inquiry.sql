-- 行政处罚法 第五十五条: an inquiry keeps its 询问笔录 with the act (place, time, the person asked, the officers who asked
-- and recorded, the questions and answers, the signature or the refusal noted), as the structured record typed.
alter table case_act add column inquiry jsonb;
