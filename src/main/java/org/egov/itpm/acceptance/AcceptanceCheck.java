package org.egov.itpm.acceptance;

/** The checks authorities record before final acceptance. */
public enum AcceptanceCheck {
    /** 竣工验收前置审核 by the data bureau (Baotou art.22) */ PRE_ACCEPTANCE_REVIEW,
    /** 数据共享确认 by the data authority (Jiangxi art.30) */ DATA_SHARING_CONFIRMATION,
    /** 安全可靠、密码应用确认 by the crypto authority (Jiangxi art.30) */ CRYPTO_CONFIRMATION,
    /** 档案验收 (Wushan art.23, Jianshan item 18) */ ARCHIVE_ACCEPTANCE
}
