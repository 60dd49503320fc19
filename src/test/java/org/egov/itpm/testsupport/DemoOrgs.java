package org.egov.itpm.testsupport;

/** Credit codes and regions of the demo organisations (docs/demo-data.md), for @OidcSecurity claims. */
public final class DemoOrgs {
    public static final String QUFU_EDU = "11370881004123456F";
    public static final String QUFU_HEALTH = "11370881004234567T";
    public static final String QUFU_BIGDATA = "11370881MB1234567D";
    public static final String SD_BIGDATA = "11370000MB0012345W";
    public static final String JX_HRSS = "11360000014500456Y";
    public static final String JX_DATA = "11360000MB1598765X";
    public static final String BT_PSB = "11150200011223344M";
    public static final String WS_AGRI = "115002370098765433";
    public static final String JS_GOV = "112305020012345674";

    private DemoOrgs() {
    }
}
