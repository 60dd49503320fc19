package org.egov.itpm.ledger.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.egov.itpm.common.ItpmConfig;

/** Time-limited download links of job results: HMAC-SHA256 of the job id and the expiry, keyed from config. */
@ApplicationScoped
public class DownloadLinks {

    public static final String PATH = "/api/v1/ledger/jobs/";

    /** A link and when it stops working. */
    public record Link(String url, Instant expiresAt) {
    }

    private final Clock clock;
    private final ItpmConfig.Ledger config;

    @Inject
    public DownloadLinks(Clock clock, ItpmConfig config) {
        this.clock = clock;
        this.config = config.ledger();
    }

    public Link linkFor(UUID jobId) {
        Instant expires = clock.instant().plus(config.linkTtl());
        long epoch = expires.getEpochSecond();
        return new Link(PATH + jobId + "/result?expires=" + epoch + "&signature=" + sign(jobId, epoch),
                Instant.ofEpochSecond(epoch));
    }

    /** True when the signature is this service's for the job and expiry, and the expiry has not passed. */
    public boolean valid(UUID jobId, long expires, String signature) {
        if (signature == null || signature.length() != 64 || clock.instant().getEpochSecond() > expires) {
            return false;
        }
        return MessageDigest.isEqual(sign(jobId, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(UUID jobId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.linkKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((jobId + "|" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
