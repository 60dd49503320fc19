import java.util.List;
import org.egov.itpm.testsupport.TestTokens;

/**
 * Prints bearer tokens for the benchmark, one per line as NAME=TOKEN, signed with the test key through
 * TestTokens (src/test/java/.../testsupport). Run as a single-file source program on the test classpath:
 * java -cp target/test-classes:$(cat target/devstack.classpath) bench/java/MintTokens.java
 * Tokens are valid for an hour (TestTokens' expiry), longer than one bench run.
 */
public class MintTokens {
    public static void main(String[] args) {
        print("admin", TestTokens.tokenFor(TestTokens.ADMIN));
        print("sd_reviewer", TestTokens.tokenFor(TestTokens.SD_REVIEWER));
        print("qufu_staff", TestTokens.tokenFor(TestTokens.QUFU_STAFF));
        print("qufu_lead", TestTokens.tokenFor(TestTokens.QUFU_LEAD));
        print("expert_zhang", TestTokens.token("expert-zhang", List.of("expert"), null, "370881"));
        print("platform", TestTokens.token("service-account-platform-shandong", List.of("platform"), null, "370000"));
    }

    private static void print(String name, String token) {
        System.out.println(name + "=" + token);
    }
}
