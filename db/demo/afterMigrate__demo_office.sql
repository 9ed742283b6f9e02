-- Demo data for the default profile: the 三张镇综合行政执法办公室, its power list, officers and
-- certificates. A Flyway afterMigrate callback: it runs after every migrate and inserts only what
-- is missing, so it never blocks a later versioned migration. Camunda accounts come from DemoAccounts.

INSERT INTO enforcement_body (code, name, kind, area, legal_basis, document_prefix)
SELECT 'SZZ', '三张镇综合行政执法办公室', 'STATUTORY', '三张镇',
  '《中华人民共和国行政处罚法》第二十四条；省人民政府关于赋予乡镇街道部分县级行政执法权的决定', '三张综执' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM enforcement_body WHERE code = 'SZZ');

INSERT INTO power_item (body_id, code, name, field, legal_basis, penalty_basis)
SELECT id, 'CX-001', '未取得乡村建设规划许可证进行建设（违法建设）', '城乡规划',
  '《中华人民共和国城乡规划法》第四十一条', '《中华人民共和国城乡规划法》第六十五条' FROM enforcement_body WHERE code = 'SZZ'
  AND NOT EXISTS (SELECT 1 FROM power_item p WHERE p.code = 'CX-001');

INSERT INTO power_item (body_id, code, name, field, legal_basis, penalty_basis)
SELECT id, 'SR-001', '擅自占用道路、街道两侧和公共场地经营（占道经营）', '市容环卫',
  '《城市市容和环境卫生管理条例》第十四条', '《城市市容和环境卫生管理条例》第三十六条第（二）项' FROM enforcement_body WHERE code = 'SZZ'
  AND NOT EXISTS (SELECT 1 FROM power_item p WHERE p.code = 'SR-001');

INSERT INTO power_item (body_id, code, name, field, legal_basis, penalty_basis)
SELECT id, 'GF-001', '擅自倾倒、抛撒或者堆放建筑垃圾', '固体废物',
  '《中华人民共和国固体废物污染环境防治法》第六十三条', '《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第（四）项' FROM enforcement_body WHERE code = 'SZZ'
  AND NOT EXISTS (SELECT 1 FROM power_item p WHERE p.code = 'GF-001');

INSERT INTO power_item (body_id, code, name, field, legal_basis, penalty_basis)
SELECT id, 'SR-002', '未经同意擅自设置大型户外广告', '市容环卫',
  '《城市市容和环境卫生管理条例》第十一条', '《城市市容和环境卫生管理条例》第三十六条第（一）项' FROM enforcement_body WHERE code = 'SZZ'
  AND NOT EXISTS (SELECT 1 FROM power_item p WHERE p.code = 'SR-002');

INSERT INTO power_item (body_id, code, name, field, legal_basis, penalty_basis)
SELECT id, 'GF-002', '未在指定的地点分类投放生活垃圾', '固体废物',
  '《中华人民共和国固体废物污染环境防治法》第四十九条', '《中华人民共和国固体废物污染环境防治法》第一百一十一条第三款' FROM enforcement_body WHERE code = 'SZZ'
  AND NOT EXISTS (SELECT 1 FROM power_item p WHERE p.code = 'GF-002');

INSERT INTO officer (body_id, username, name, position) SELECT id, 'zhangwei', '张伟', '执法队员' FROM enforcement_body WHERE code = 'SZZ'
  AND NOT EXISTS (SELECT 1 FROM officer o WHERE o.username = 'zhangwei');

INSERT INTO officer (body_id, username, name, position) SELECT id, 'liqiang',  '李强', '执法队员' FROM enforcement_body WHERE code = 'SZZ'
  AND NOT EXISTS (SELECT 1 FROM officer o WHERE o.username = 'liqiang');

INSERT INTO officer (body_id, username, name, position) SELECT id, 'wangfang', '王芳', '执法队员' FROM enforcement_body WHERE code = 'SZZ'
  AND NOT EXISTS (SELECT 1 FROM officer o WHERE o.username = 'wangfang');

INSERT INTO officer (body_id, username, name, position) SELECT id, 'zhaomin',  '赵敏', '执法队员' FROM enforcement_body WHERE code = 'SZZ'
  AND NOT EXISTS (SELECT 1 FROM officer o WHERE o.username = 'zhaomin');

INSERT INTO officer (body_id, username, name, position) SELECT id, 'chenjing', '陈静', '法制审核员' FROM enforcement_body WHERE code = 'SZZ'
  AND NOT EXISTS (SELECT 1 FROM officer o WHERE o.username = 'chenjing');

INSERT INTO officer (body_id, username, name, position) SELECT id, 'liuyang',  '刘洋', '办公室负责人' FROM enforcement_body WHERE code = 'SZZ'
  AND NOT EXISTS (SELECT 1 FROM officer o WHERE o.username = 'liuyang');

INSERT INTO officer (body_id, username, name, position) SELECT id, 'sunli',    '孙丽', '执法监督员' FROM enforcement_body WHERE code = 'SZZ'
  AND NOT EXISTS (SELECT 1 FROM officer o WHERE o.username = 'sunli');

INSERT INTO certificate (officer_id, number, issuing_authority, fields, area, valid_from, valid_to, status)
SELECT id, '44190210001', '某省人民政府', '城乡规划,市容环卫,固体废物', '三张镇', '2024-03-01', '2029-02-28', 'VALID' FROM officer WHERE username = 'zhangwei'
  AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.number = '44190210001');

INSERT INTO certificate (officer_id, number, issuing_authority, fields, area, valid_from, valid_to, status)
SELECT id, '44190210002', '某省人民政府', '城乡规划,市容环卫,固体废物', '三张镇', '2024-03-01', '2029-02-28', 'VALID' FROM officer WHERE username = 'liqiang'
  AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.number = '44190210002');

INSERT INTO certificate (officer_id, number, issuing_authority, fields, area, valid_from, valid_to, status)
SELECT id, '44190210003', '某省人民政府', '城乡规划,市容环卫,固体废物', '三张镇', '2025-06-01', '2030-05-31', 'VALID' FROM officer WHERE username = 'wangfang'
  AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.number = '44190210003');

INSERT INTO certificate (officer_id, number, issuing_authority, fields, area, valid_from, valid_to, status)
SELECT id, '44190210004', '某省人民政府', '市容环卫', '三张镇', '2025-06-01', '2030-05-31', 'VALID' FROM officer WHERE username = 'zhaomin'
  AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.number = '44190210004');

INSERT INTO certificate (officer_id, number, issuing_authority, fields, area, valid_from, valid_to, status)
SELECT id, '44190210006', '某省人民政府', '城乡规划,市容环卫,固体废物', '三张镇', '2023-01-01', '2027-12-31', 'VALID' FROM officer WHERE username = 'liuyang'
  AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.number = '44190210006');

-- The demo certificates passed their 2026 annual review (年审): next reviews due in 2027. Set once, only
-- where no review is recorded, so a review entered later is never overwritten.
UPDATE certificate SET annual_review_due = '2027-03-31'
 WHERE number IN ('44190210001', '44190210002', '44190210006') AND annual_review_due IS NULL;
UPDATE certificate SET annual_review_due = '2027-05-31'
 WHERE number IN ('44190210003', '44190210004') AND annual_review_due IS NULL;

-- 事前公开: discretion benchmarks (officers module, V142; the portal shows them) of the five matters, the random-inspection
-- list and the remedy channels of the office. Guarded like the rows above: inserted only when missing.

INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 1, '一般', '能够在责令的期限内改正（补办乡村建设规划许可证或者自行拆除）的', '责令停止建设、限期改正', NULL, NULL,
  '《中华人民共和国城乡规划法》第六十五条；城乡规划行政处罚裁量基准' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'CX-001' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 1);
INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 2, '较重', '逾期不改正，违法建设面积不超过 50 平方米且不影响公共安全的', '责令限期拆除', NULL, NULL,
  '《中华人民共和国城乡规划法》第六十五条；城乡规划行政处罚裁量基准' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'CX-001' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 2);
INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 3, '严重', '逾期不改正，违法建设面积超过 50 平方米，或者影响公共安全、道路通行的', '依法拆除', NULL, NULL,
  '《中华人民共和国城乡规划法》第六十五条；《中华人民共和国行政强制法》第四十四条' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'CX-001' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 3);

INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 1, '轻微', '初次违法且危害后果轻微，经责令当场改正的', '不予行政处罚', NULL, NULL,
  '《中华人民共和国行政处罚法》第三十三条第一款' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'SR-001' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 1);
INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 2, '一般', '经责令后改正，占用面积不超过 5 平方米的', '警告，或者处 50 元以上 200 元以下罚款', 50, 200,
  '《城市市容和环境卫生管理条例》第三十六条第（二）项；市容环卫行政处罚裁量基准' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'SR-001' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 2);
INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 3, '较重', '拒不改正，或者一年内因同一违法行为再次被查处的', '处 200 元以上 500 元以下罚款', 200, 500,
  '《城市市容和环境卫生管理条例》第三十六条第（二）项；市容环卫行政处罚裁量基准' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'SR-001' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 3);

INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 1, '一般', '广告面积不超过 10 平方米，经责令后及时拆除的', '处 500 元以上 1000 元以下罚款', 500, 1000,
  '《城市市容和环境卫生管理条例》第三十六条第（一）项；市容环卫行政处罚裁量基准' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'SR-002' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 1);
INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 2, '较重', '广告面积超过 10 平方米不超过 50 平方米的', '处 1000 元以上 3000 元以下罚款', 1000, 3000,
  '《城市市容和环境卫生管理条例》第三十六条第（一）项；市容环卫行政处罚裁量基准' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'SR-002' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 2);
INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 3, '严重', '广告面积超过 50 平方米，或者拒不拆除的', '处 3000 元以上 5000 元以下罚款', 3000, 5000,
  '《城市市容和环境卫生管理条例》第三十六条第（一）项；市容环卫行政处罚裁量基准' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'SR-002' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 3);

INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 1, '一般', '个人倾倒、抛撒或者堆放建筑垃圾不超过 5 立方米，并及时清理的', '处 100 元以上 300 元以下罚款', 100, 300,
  '《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第（四）项、第二款' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'GF-001' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 1);
INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 2, '较重', '个人倾倒超过 5 立方米，或者拒不清理的', '处 300 元以上 500 元以下罚款', 300, 500,
  '《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第（四）项、第二款' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'GF-001' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 2);
INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 3, '严重', '单位擅自倾倒、抛撒或者堆放建筑垃圾的', '处 5 万元以上 50 万元以下罚款', 50000, 500000,
  '《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第（四）项、第二款' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'GF-001' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 3);

INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 1, '轻微', '首次未分类投放，经劝导当场改正的', '责令改正，不予罚款', NULL, NULL,
  '《中华人民共和国固体废物污染环境防治法》第一百一十一条第三款；《中华人民共和国行政处罚法》第三十三条第一款' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'GF-002' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 1);
INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 2, '一般', '个人经劝导拒不改正，或者一年内再次未分类投放（情节严重）的', '处 50 元以上 200 元以下罚款', 50, 200,
  '《中华人民共和国固体废物污染环境防治法》第一百一十一条第三款；生活垃圾分类管理行政处罚裁量基准' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'GF-002' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 2);
INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)
SELECT p.id, 3, '严重', '单位未在指定的地点分类投放生活垃圾，情节严重的', '处 5 万元以上 50 万元以下罚款', 50000, 500000,
  '《中华人民共和国固体废物污染环境防治法》第一百一十一条第三款' FROM power_item p JOIN enforcement_body b ON b.id = p.body_id
  WHERE b.code = 'SZZ' AND p.code = 'GF-002' AND NOT EXISTS (SELECT 1 FROM discretion_tier d WHERE d.power_item_id = p.id AND d.seq = 3);

-- The penalty kinds each tier allows (APL Art. 9 codes), set once where none is recorded: 占道经营's 一般 tier allows a
-- warning or a fine; 违法建设's tiers order correction or demolition (城乡规划法 Art. 65), which sets no fine.
UPDATE discretion_tier SET penalty_kinds = 'WARNING,FINE' WHERE penalty_kinds IS NULL AND seq = 2
  AND power_item_id IN (SELECT p.id FROM power_item p JOIN enforcement_body b ON b.id = p.body_id WHERE b.code = 'SZZ' AND p.code = 'SR-001');
UPDATE discretion_tier SET penalty_kinds = 'OTHER' WHERE penalty_kinds IS NULL
  AND power_item_id IN (SELECT p.id FROM power_item p JOIN enforcement_body b ON b.id = p.body_id WHERE b.code = 'SZZ' AND p.code = 'CX-001');
UPDATE power_item SET fine_provided = FALSE WHERE code = 'CX-001'
  AND body_id IN (SELECT id FROM enforcement_body WHERE code = 'SZZ');

INSERT INTO random_inspection_item (body_id, code, item, basis, subject, method, ratio, frequency)
SELECT id, 'SJ-001', '乡村建设规划许可执行情况检查', '《中华人民共和国城乡规划法》第五十三条、第六十五条',
  '辖区内取得乡村建设规划许可证的在建项目', '随机抽取检查对象、随机选派执法人员，现场检查', '不低于在建项目的 5%', '每年 1 次'
  FROM enforcement_body WHERE code = 'SZZ' AND NOT EXISTS (SELECT 1 FROM random_inspection_item r WHERE r.code = 'SJ-001');
INSERT INTO random_inspection_item (body_id, code, item, basis, subject, method, ratio, frequency)
SELECT id, 'SJ-002', '户外广告设施设置情况检查', '《城市市容和环境卫生管理条例》第十一条',
  '辖区内设置大型户外广告的单位', '随机抽取检查对象、随机选派执法人员，现场检查、查阅审批资料', '不低于 3%', '每半年 1 次'
  FROM enforcement_body WHERE code = 'SZZ' AND NOT EXISTS (SELECT 1 FROM random_inspection_item r WHERE r.code = 'SJ-002');
INSERT INTO random_inspection_item (body_id, code, item, basis, subject, method, ratio, frequency)
SELECT id, 'SJ-003', '建筑垃圾处置情况检查', '《中华人民共和国固体废物污染环境防治法》第六十三条',
  '辖区内建筑工地、建筑垃圾运输单位', '随机抽取检查对象、随机选派执法人员，现场检查', '不低于 10%', '每季度 1 次'
  FROM enforcement_body WHERE code = 'SZZ' AND NOT EXISTS (SELECT 1 FROM random_inspection_item r WHERE r.code = 'SJ-003');
INSERT INTO random_inspection_item (body_id, code, item, basis, subject, method, ratio, frequency)
SELECT id, 'SJ-004', '生活垃圾分类投放情况检查', '《中华人民共和国固体废物污染环境防治法》第四十九条',
  '辖区内机关、企事业单位和住宅小区', '随机抽取检查对象、随机选派执法人员，现场检查', '不低于 5%', '每季度 1 次'
  FROM enforcement_body WHERE code = 'SZZ' AND NOT EXISTS (SELECT 1 FROM random_inspection_item r WHERE r.code = 'SJ-004');

INSERT INTO body_remedy_channel (body_id, review_organ, review_address, court, court_address, complaint_organ,
  complaint_phone, complaint_address, complaint_email, office_hours)
SELECT id, '某某市人民政府', '某某市人民政府行政复议办公室，市民服务中心二楼', '某某市第一人民法院', '某某市第一人民法院诉讼服务中心',
  '某某市司法局行政执法监督科；三张镇人民政府', '12345（政务服务便民热线）；0769-22000000', '三张镇人民政府一楼来访接待室',
  'zfjd@example.org', '工作日 8:30—12:00，14:00—17:30'
  FROM enforcement_body WHERE code = 'SZZ' AND NOT EXISTS (SELECT 1 FROM body_remedy_channel r WHERE r.body_id = enforcement_body.id);
