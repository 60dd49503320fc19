package org.egov.itpm.review;

/** 同意 / 修改后同意 / 不同意. */
public enum OpinionConclusion { APPROVE, APPROVE_WITH_CHANGES, REJECT }
