package org.egov.itpm.policy;

/** 建设类 construction, 运维类 O&M, 政府购买服务 purchased service. */
public enum ProjectKind { CONSTRUCTION, OPERATION_MAINTENANCE, PURCHASED_SERVICE }
