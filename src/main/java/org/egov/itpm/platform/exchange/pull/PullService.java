package org.egov.itpm.platform.exchange.pull;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.project.Project;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.project.ProjectExchange;
import org.egov.itpm.security.CurrentUser;

/** The pull: projects of the caller's province changed since a watermark, keyset-paginated by (updated_at, id). */
@ApplicationScoped
public class PullService {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 100;

    private final ProjectExchange projects;
    private final BusinessClock clock;
    private final ItpmConfig config;
    private final ObjectMapper json;
    private final CurrentUser user;
    private final PageTags tags = new PageTags();

    @Inject
    public PullService(ProjectExchange projects, BusinessClock clock, ItpmConfig config, ObjectMapper json,
                       CurrentUser user) {
        this.projects = projects;
        this.clock = clock;
        this.config = config;
        this.json = json;
        this.user = user;
    }

    /** A page and its ETag (a hash of the rows and the cursor, so an unchanged page is a 304). */
    public Tagged page(String since, String after, String limit) {
        Instant from = parseSince(since);
        int size = org.egov.itpm.platform.web.PageSize.parse(limit, DEFAULT_LIMIT, MAX_LIMIT);
        // Rows younger than the settle lag may belong to transactions not yet committed: serve them next time.
        Instant until = clock.now().minus(config.exchange().settleLag());
        ProjectExchange.ChangedPage page = projects.changedSince(from, until, blankToNull(after), size, nodeJson());
        String request = user.username() + '\n' + since + '\n' + after + '\n' + size;
        return PageJson.write(page, page.hasMore() ? page.lastChange() : until, json, tags, request);
    }

    /** One project of the caller's province by local code or 项目代码. */
    public ExchangeProjectRow one(String code) {
        return row(projects.byCode(code));
    }

    /** A response body (ExchangePage's JSON) and its strong ETag. */
    public record Tagged(byte[] body, String etag) {
    }

    ExchangeProjectRow row(Project p) {
        return ExchangeProjectRow.of(p, config.exchange().nodeCode());
    }

    private String nodeJson() {
        return PageJson.text(json, config.exchange().nodeCode());
    }

    private static Instant parseSince(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            Instant parsed = Instant.parse(since.trim());
            if (!org.egov.itpm.common.TextInput.inStorableRange(parsed)) {
                throw new IllegalArgumentException("out of range");
            }
            return parsed;
        } catch (RuntimeException e) {
            throw InvalidInputException.of("since", "INVALID_INSTANT", "must be an ISO-8601 instant such as"
                    + " 2026-03-01T00:00:00Z", "须为ISO-8601时间，如 2026-03-01T00:00:00Z");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
