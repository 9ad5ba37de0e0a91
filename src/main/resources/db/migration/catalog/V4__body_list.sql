-- The body list (行政执法主体资格清单, D4) is kept as a versioned list too, checked before publication.
alter table list_version drop constraint list_version_kind_check;
alter table list_version add constraint list_version_kind_check check (kind in (
    'ITEMS', 'RANDOM_INSPECTION_ITEMS', 'SERVICE_GUIDES', 'RIGHTS_NOTICE', 'WINDOW_BOARDS', 'ENTRUSTMENTS',
    'DISCRETION_STANDARDS', 'REVIEW_SCOPE_RULES', 'REVIEW_ELEMENTS', 'RECORDING_REQUIREMENTS', 'BODIES'));
