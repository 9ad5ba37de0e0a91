-- 1,000,000 generated published results for the portal search benchmark, spread over the demo units, three years of
-- decision dates and every category, with varied Chinese text: organisations by name, natural persons masked
-- (张某), the usual wording of health-enforcement decisions. Run against the benchmark's database only:
--   psql "$URL" -v ON_ERROR_STOP=1 -f bench/seed-results.sql
set search_path = disclosure, public;

create temporary table words (n int, place text, trade text, offence text, decision text, basis text);
insert into words
select g,
       (array['曲阜市', '邹城市', '济宁市任城区', '兖州区', '泗水县', '微山县', '鱼台县', '金乡县', '嘉祥县', '汶上县'])[1 + g % 10],
       (array['诊所', '口腔诊所', '中医诊所', '美容院', '游泳馆', '宾馆', '足浴店', '理发店', '药店', '医院',
              '卫生院', '供水站', '学校', '托育机构', '健身房', '洗浴中心', '检测机构', '门诊部', '养老院', '酒店'])[1 + (g / 10) % 20],
       (array['未取得医疗机构执业许可证擅自执业', '使用非卫生技术人员从事医疗卫生技术工作', '从业人员未取得健康证明',
              '未按规定进行空气质量检测', '游泳池水质不符合卫生标准', '未按规定处置医疗废物', '超出登记的诊疗科目范围开展诊疗活动',
              '未建立消毒管理制度', '生活饮用水水质不符合国家卫生标准', '未公示卫生许可证', '未按规定报告传染病疫情',
              '使用未经批准的放射诊疗设备', '病历书写不规范', '未落实预检分诊制度', '公共用品用具未按规定清洗消毒'])[1 + (g / 200) % 15],
       (array['警告', '罚款', '没收违法所得', '责令改正并罚款', '暂扣许可证件', '吊销许可证件'])[1 + (g / 3000) % 6],
       (array['《医疗机构管理条例》第四十三条', '《公共场所卫生管理条例实施细则》第三十六条', '《医疗废物管理条例》第四十六条',
              '《传染病防治法》第六十九条', '《生活饮用水卫生监督管理办法》第二十六条', '《放射诊疗管理规定》第三十八条'])[1 + (g / 7) % 6]
from generate_series(0, 9999) g;

insert into disclosure_entry (id, case_id, unit_id, category, case_title, decided_on, due_on, status,
                              party_notified_on, party_notified_how, original_text, published_at, published_by)
select gen_random_uuid(), gen_random_uuid(), u.id,
       (array['PENALTY', 'PENALTY', 'PENALTY', 'LICENSING', 'LICENSING', 'INSPECTION', 'COERCION'])[1 + g % 7],
       'bench', current_date - (g % 1095), current_date - (g % 1095) + 9, 'PUBLISHED',
       current_date - (g % 1095), '决定书中载明', '', now() - (g % 1095) * interval '1 day', 'bench'
from generate_series(1, 1000000) g
join lateral (select id from organization.unit order by division_code offset (g % 4) limit 1) u on true;

insert into published_result (entry_id, unit_id, unit_name, category, title, public_text, decided_on, published_on,
                              published_at)
select e.id, e.unit_id, un.name, e.category,
       w.place || '某某' || w.trade || w.offence || '案',
       '执法机关：' || un.name || E'\n当事人：'
           || case when e.n % 3 = 0 then (array['张', '王', '李', '赵', '刘', '陈', '孙', '周'])[1 + e.n % 8] || '某'
                   else w.place || (array['康宁', '仁和', '惠民', '安康', '百姓', '阳光', '金泰', '华润', '同济', '博爱'])[1 + e.n % 10]
                        || w.trade || e.n % 997 end
           || E'\n违法事实：' || w.place || '某某' || w.trade || w.offence || '，经现场检查和调查询问查证属实。'
           || E'\n处理决定：' || w.decision || case when w.decision like '%罚款%' then (e.n % 50 + 1) * 1000 || '元' else '' end
           || E'\n法律依据：' || w.basis,
       e.decided_on, e.decided_on + 3, e.published_at
from (select *, row_number() over () as n from disclosure_entry where published_by = 'bench') e
join organization.unit un on un.id = e.unit_id
join words w on w.n = e.n % 10000;

-- the portal's index of current results (the V7 migration fills it for results that existed before it ran)
insert into public_result
select r.entry_id, r.id, r.unit_id, r.unit_name, r.category, r.title, r.public_text, r.decided_on, r.published_on,
       r.version, r.correction_reason, e.fulfilment, e.fulfilled_on
from published_result r join disclosure_entry e on e.id = r.entry_id
where e.published_by = 'bench'
on conflict (entry_id) do nothing;

analyze disclosure.public_result;
analyze disclosure.disclosure_entry;
analyze disclosure.published_result;
