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
