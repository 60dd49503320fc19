package org.egov.itpm.document;

import java.util.List;
import java.util.stream.Collectors;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.DocumentIssuer;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.project.Project;
import org.egov.itpm.review.ReviewService;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.Roles;

/** Refuses a document recorded by anyone but its issuer (audit D3); an expert records opinions only where on a panel. */
final class DocumentParty {

    private final CurrentUser user;
    private final ReviewService reviews;

    DocumentParty(CurrentUser user, ReviewService reviews) {
        this.user = user;
        this.reviews = reviews;
    }

    void requireIssuer(Project project, DocumentType type) {
        DocumentIssuer.Party issuer = DocumentIssuer.of(type);
        String cite = citation(project, type);
        if (!DocumentIssuer.mayRecord(type, user.roles())) {
            throw new ForbiddenActionException("DOCUMENT_TYPE_NOT_ALLOWED_FOR_ROLE", new Text(
                    type + " documents are issued by " + issuer.en() + cite + "; your role may not record them",
                    type + " 由" + issuer.zh() + "出具" + cite + "，您的角色无权上传"));
        }
        if (issuer == DocumentIssuer.Party.EXPERT && !user.hasRole(Roles.AUTHORITY_REVIEWER)
                && !reviews.sitsOnPanel(project.id, user.username())) {
            throw new ForbiddenActionException("NOT_ON_PANEL", new Text(type + " documents are signed by an expert on"
                    + " one of this project's review panels" + cite + "; you are on none",
                    type + " 由本项目评审专家组成员签署" + cite + "，您不是本项目任何评审的专家组成员"));
        }
    }

    /** The bound pack's article naming the issuer; before 申报 binds a pack, every seed article that names one. */
    private static String citation(Project project, DocumentType type) {
        List<Citation> cites = project.policyPackId == null ? DocumentIssuer.citations(type)
                : DocumentIssuer.citation(type, project.policyPackId).map(List::of).orElse(List.of());
        return cites.isEmpty() ? "" : cites.stream().map(c -> c.render() + ": " + c.quote())
                .collect(Collectors.joining("; ", " (", ")"));
    }
}
