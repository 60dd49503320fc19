-- M8: whether a construction project is 新建, 改扩建 or 升级改造 (Qufu art.37 and Jianshan item 4 apply to 新建).
-- Null means the unit has not stated it; existing projects keep null and are checked as 新建, as before.
alter table project add column build_type varchar(16)
    check (build_type in ('NEW', 'EXPANSION', 'UPGRADE'));

-- M4: who owns the intellectual property of the contract's results (Jianshan item 17: the project unit;
-- Jiangxi art.31: the government). Null means not recorded; existing contracts get null, so the owner checks
-- ask for it rather than assume one.
alter table contract add column ip_owner varchar(16)
    check (ip_owner in ('PROJECT_UNIT', 'GOVERNMENT', 'SUPPLIER', 'JOINT', 'NOT_STATED'));
