package org.egov.itpm.policy;

/** Who a contract says owns the intellectual property of the project's results (成果知识产权归属). */
public enum IpOwner {
    /** 归项目建设单位所有 */ PROJECT_UNIT,
    /** 归政府所有 */ GOVERNMENT,
    /** 归供应商所有 */ SUPPLIER,
    /** 双方共有 */ JOINT,
    /** 合同未约定 */ NOT_STATED
}
