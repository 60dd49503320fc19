package org.egov.itpm.testsupport;

import java.util.List;
import org.egov.itpm.testsupport.TestTokens.Person;

/** Demo experts (keycloak/demo/itpm-demo-users.json and DemoExpertDirectory). */
public final class Experts {
    public static final Person ZHANG = expert("expert-zhang", "370881");
    public static final Person LI = expert("expert-li", "370881");
    public static final Person CHEN = expert("expert-chen", "360000");
    public static final Person LIU = expert("expert-liu", "360000");
    public static final Person ZHAO = expert("expert-zhao", "230502");
    public static final Person SUN = expert("expert-sun", "500237");
    public static final Person ZHOU = expert("expert-zhou", "150200");

    private Experts() {
    }

    private static Person expert(String username, String region) {
        return new Person(username, List.of("expert"), null, region);
    }
}
