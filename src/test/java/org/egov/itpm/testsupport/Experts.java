package org.egov.itpm.testsupport;

import java.util.List;
import org.egov.itpm.testsupport.TestTokens.Person;

/** Demo experts (keycloak/demo/itpm-demo-users.json and DemoExpertDirectory). */
public final class Experts {
    public static final Person ZHANG = expert("expert-zhang", "370881");
    public static final Person LI = expert("expert-li", "370881");
    /** Not available for draws (expert_available false). */
    public static final Person WANG = expert("expert-wang", "370881");
    /** Works for 曲阜市教育和体育局 (qufu-staff's unit): avoided on its projects. */
    public static final Person KONG = expert("expert-kong", "370881");
    /** Works for 曲阜市卫生健康局 (qufu-health-staff's unit, participant of the cross-department demo project). */
    public static final Person MENG = expert("expert-meng", "370881");
    public static final Person CHEN = expert("expert-chen", "360000");
    public static final Person LIU = expert("expert-liu", "360000");
    /** Works for 江西省人力资源和社会保障厅 (jx-staff's unit). */
    public static final Person HUANG = expert("expert-huang", "360000");
    public static final Person ZHAO = expert("expert-zhao", "230502");
    public static final Person SUN = expert("expert-sun", "500237");
    public static final Person ZHOU = expert("expert-zhou", "150200");

    private Experts() {
    }

    private static Person expert(String username, String region) {
        return new Person(username, List.of("expert"), null, region);
    }
}
