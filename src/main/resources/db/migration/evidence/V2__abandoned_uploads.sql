-- An upload nobody continued for a week (sunlight.evidence.abandon-after) is given up: its partial file is deleted
-- from the node that held it, and the upload answers 410 from then on.
alter table evidence.upload add column abandoned_at timestamptz;
