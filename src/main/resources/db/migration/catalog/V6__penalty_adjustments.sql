-- The 不予处罚、首违不罚、从轻、减轻、从重处罚清单 a county publishes beside its discretion standards (行政处罚法 第三十二条、
-- 第三十三条) is kept as a versioned list too.
alter table list_version drop constraint list_version_kind_check;
alter table list_version add constraint list_version_kind_check check (kind in (
    'ITEMS', 'RANDOM_INSPECTION_ITEMS', 'SERVICE_GUIDES', 'RIGHTS_NOTICE', 'WINDOW_BOARDS', 'ENTRUSTMENTS',
    'DISCRETION_STANDARDS', 'REVIEW_SCOPE_RULES', 'REVIEW_ELEMENTS', 'RECORDING_REQUIREMENTS', 'BODIES',
    'HEARING_THRESHOLDS', 'PENALTY_ADJUSTMENTS'));
