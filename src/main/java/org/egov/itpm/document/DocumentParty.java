package org.egov.itpm.document;

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
        String cite = DocumentIssuer.citation(type, project.policyPackId).map(DocumentParty::render).orElse("");
        if (!DocumentIssuer.mayRecord(type, user.roles())) {
            throw new ForbiddenActionException("DOCUMENT_TYPE_NOT_ALLOWED_FOR_ROLE", new Text(
                    "a " + type + " is issued by " + issuer.en() + cite + "; your role may not record it",
                    type + " 由" + issuer.zh() + "出具" + cite + "，您的角色无权上传"));
        }
        if (issuer == DocumentIssuer.Party.EXPERT && !user.hasRole(Roles.AUTHORITY_REVIEWER)
                && !reviews.sitsOnPanel(project.id, user.username())) {
            throw new ForbiddenActionException("NOT_ON_PANEL", new Text("an " + type + " is signed by an expert on"
                    + " one of this project's review panels" + cite + "; you are on none",
                    type + " 由本项目评审专家组成员签署" + cite + "，您不是本项目任何评审的专家组成员"));
        }
    }

    private static String render(Citation c) {
        return " (" + c.render() + ": " + c.quote() + ")";
    }
}
