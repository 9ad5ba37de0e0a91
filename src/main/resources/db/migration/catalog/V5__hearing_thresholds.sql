-- The amounts from which a party may ask for a hearing (行政处罚法 第六十三条 "较大数额") are set per province and
-- kept as a versioned list too.
alter table list_version drop constraint list_version_kind_check;
alter table list_version add constraint list_version_kind_check check (kind in (
    'ITEMS', 'RANDOM_INSPECTION_ITEMS', 'SERVICE_GUIDES', 'RIGHTS_NOTICE', 'WINDOW_BOARDS', 'ENTRUSTMENTS',
    'DISCRETION_STANDARDS', 'REVIEW_SCOPE_RULES', 'REVIEW_ELEMENTS', 'RECORDING_REQUIREMENTS', 'BODIES',
    'HEARING_THRESHOLDS'));
