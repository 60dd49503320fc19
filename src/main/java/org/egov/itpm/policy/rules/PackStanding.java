package org.egov.itpm.policy.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.PackStatus;

/**
 * The finding that names a bound pack's standing when it is not in force (the transitional rule,
 * docs/policy-packs.md "Succession"): expired with no successor, the project's acts go on under it; expired with a
 * successor in force, an administrator re-binds; not yet effective. Each cites the pack's effect clause.
 */
public final class PackStanding {

    private PackStanding() {
    }

    public static Optional<Finding> finding(Pack pack, Pack successor, LocalDate today) {
        PackStatus status = pack.statusOn(today);
        if (status == PackStatus.IN_FORCE && successor == null) {
            return Optional.empty();
        }
        Map<String, String> used = new LinkedHashMap<>();
        used.put("today", today.toString());
        used.put("effectiveFrom", pack.effectiveFrom().toString());
        used.put("effectiveTo", String.valueOf(pack.effectiveTo()));
        String name = pack.id() + " v" + pack.version();
        if (status == PackStatus.IN_FORCE) {
            return Optional.of(newerVersion(pack, successor, name, used));
        }
        if (status == PackStatus.NOT_YET_EFFECTIVE) {
            return Optional.of(new Finding(pack.id() + ":PACK_NOT_YET_EFFECTIVE", "PACK_NOT_YET_EFFECTIVE",
                    Severity.WARNING, pack.effectCite(), "Pack " + name + " takes effect on " + pack.effectiveFrom()
                    + "; an administrator must re-bind the project",
                    pack.id() + "自" + pack.effectiveFrom() + "起施行，需由管理员重新绑定适用规则", used));
        }
        if (successor == null) {
            return Optional.of(new Finding(pack.id() + ":PACK_EXPIRED_NO_SUCCESSOR", "PACK_EXPIRED_NO_SUCCESSOR",
                    Severity.WARNING, pack.effectCite(), "Pack " + name + " expired after " + pack.effectiveTo()
                    + " and no successor is in force; the project's acts go on under it until an administrator"
                    + " publishes a successor or an extension (" + pack.effectCite().render() + ")",
                    pack.id() + "已于" + pack.effectiveTo() + "到期且尚无后续办法，本项目暂按原办法继续办理，"
                            + "需由管理员发布后续办法或延期版本（" + pack.effectCite().render() + "）", used));
        }
        String next = successor.id() + " v" + successor.version();
        used.put("successorId", successor.id());
        used.put("successorVersion", String.valueOf(successor.version()));
        used.put("successorEffectiveFrom", successor.effectiveFrom().toString());
        return Optional.of(new Finding(pack.id() + ":PACK_SUCCESSOR_AVAILABLE", "PACK_SUCCESSOR_AVAILABLE",
                Severity.WARNING, pack.effectCite(), "Pack " + name + " expired after " + pack.effectiveTo() + "; "
                + next + " is in force since " + successor.effectiveFrom() + " and an administrator should re-bind"
                + " the project to it (" + pack.effectCite().render() + ")",
                pack.id() + "已于" + pack.effectiveTo() + "到期，" + next + "自" + successor.effectiveFrom()
                        + "起施行，需由管理员将项目重新绑定至该版本（" + pack.effectCite().render() + "）", used));
    }

    /** A higher version of the same regulation in force: an encoding correction an administrator applies (ADR 0013). */
    private static Finding newerVersion(Pack pack, Pack successor, String name, Map<String, String> used) {
        String next = successor.id() + " v" + successor.version();
        used.put("successorId", successor.id());
        used.put("successorVersion", String.valueOf(successor.version()));
        used.put("successorEffectiveFrom", successor.effectiveFrom().toString());
        return new Finding(pack.id() + ":PACK_SUCCESSOR_AVAILABLE", "PACK_SUCCESSOR_AVAILABLE", Severity.WARNING,
                pack.effectCite(), "Pack " + name + " is superseded by " + next + ", a newer encoding of the same"
                + " regulation; an administrator should re-bind the project to it with a reason ("
                + pack.effectCite().render() + ")",
                name + "已有新版本" + next + "（同一办法的更完整编码），需由管理员说明理由后将项目重新绑定至该版本（"
                        + pack.effectCite().render() + "）", used);
    }
}
