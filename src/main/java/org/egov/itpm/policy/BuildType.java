package org.egov.itpm.policy;

/** Whether a construction project builds a new system (新建), extends one (改扩建) or upgrades one (升级改造). */
public enum BuildType {
    /** 新建 */ NEW,
    /** 改扩建 */ EXPANSION,
    /** 升级改造 */ UPGRADE
}
