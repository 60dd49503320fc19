package org.egov.itpm.platform.exchange.push;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.Text;
import org.egov.itpm.security.RegionCodes;

/**
 * Structure of a 项目代码 (GB/T 40058-2021). Two formats, 24 characters each:
 * <ul>
 * <li>current: {@code YYMM-RRRRRR-DD-TT-NNNNNC}: year and month of assignment (month 01–12), GB/T 2260 region,
 * two-digit industry and type codes, five-digit serial and one check character (digit or capital letter);</li>
 * <li>legacy: {@code YYYY-RRRRRR-II-TT-NNNNNN}: year, region, industry, type 01/02/03 (审批/核准/备案), six-digit serial.</li>
 * </ul>
 * A first segment whose last two digits exceed 12 cannot be YYMM, so it is the legacy year. The region must be in the
 * caller's province and in force in the issue year (codes keep the region of the year they were issued). The check character
 * is only checked for its alphabet: its algorithm is the issuing platform's, not ours to re-derive.
 */
public final class NationalCodes {

    private static final Pattern SHAPE = Pattern.compile("^(\\d{2})(\\d{2})-(\\d{6})-(\\d{2})-(\\d{2})-([0-9A-Z]{6})$");

    private NationalCodes() {
    }

    /** The code's parts, or empty when the structure is wrong; problems are added to {@code errors}. */
    public static List<FieldError> check(String field, String code, String callerProvince, String projectRegion,
                                         RegionInForce regionInForce) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || code.isBlank()) {
            errors.add(error(field, "REQUIRED", "is required", "为必填项"));
            return errors;
        }
        Matcher m = SHAPE.matcher(code);
        if (!m.matches()) {
            errors.add(error(field, "INVALID_PROJECT_CODE", "must be YYMM-RRRRRR-DD-TT-NNNNNC (GB/T 40058-2021) or the"
                    + " legacy YYYY-RRRRRR-II-TT-NNNNNN", "须为 YYMM-RRRRRR-DD-TT-NNNNNC（GB/T 40058-2021）或旧格式"
                    + " YYYY-RRRRRR-II-TT-NNNNNN"));
            return errors;
        }
        int lastTwo = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(1) + m.group(2));
        boolean legacy = lastTwo > 12 && year >= 1990 && year <= 2099;
        if (!legacy && (lastTwo < 1 || lastTwo > 12)) {
            errors.add(error(field, "INVALID_MONTH", "month " + m.group(2) + " must be 01 to 12",
                    "月份 " + m.group(2) + " 须为01至12"));
        }
        if (legacy && !m.group(5).matches("0[123]")) {
            errors.add(error(field, "INVALID_PROJECT_TYPE", "the legacy type must be 01, 02 or 03 (审批/核准/备案)",
                    "旧格式项目类型须为01、02或03（审批/核准/备案）"));
        }
        if (legacy && !m.group(6).matches("\\d{6}")) {
            errors.add(error(field, "INVALID_PROJECT_CODE", "the legacy serial must be six digits",
                    "旧格式流水号须为6位数字"));
        }
        String region = m.group(3);
        int issueYear = legacy ? year : 2000 + Integer.parseInt(m.group(1));
        if (callerProvince == null || !RegionCodes.contains(callerProvince, region)) {
            errors.add(error(field, "REGION_OUTSIDE_PROVINCE", "region " + region + " is not in your province",
                    "行政区划 " + region + " 不在本省范围内"));
        } else if (!regionInForce.test(region, issueYear)) {
            errors.add(error(field, "UNKNOWN_REGION", "region " + region + " was not a GB/T 2260 code in " + issueYear,
                    "行政区划 " + region + " 在 " + issueYear + " 年不存在"));
        } else if (projectRegion != null && !RegionCodes.contains(region, projectRegion)) {
            errors.add(error(field, "REGION_MISMATCH", "region " + region + " is neither the project's region "
                    + projectRegion + " nor above it", "行政区划 " + region + " 既非项目所在地 " + projectRegion + " 也非其上级"));
        }
        return errors;
    }

    /** Whether a GB/T 2260 code was in force in a year. */
    @FunctionalInterface
    public interface RegionInForce {
        boolean test(String region, int year);
    }

    static FieldError error(String field, String code, String en, String zh) {
        return new FieldError(field, code, new Text(en, zh));
    }
}
