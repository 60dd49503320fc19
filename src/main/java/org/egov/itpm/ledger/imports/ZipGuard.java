package org.egov.itpm.ledger.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Zip-bomb limits checked before the XLSX is parsed: the number of entries, the total inflated size and the ratio of
 * inflated to uploaded size. Entries are inflated and counted (a zip's declared sizes can lie) and counting stops at
 * the first limit passed.
 */
final class ZipGuard {

    static final int MAX_ENTRIES = 200;
    static final long MAX_INFLATED = 200L * 1024 * 1024;
    static final long MAX_RATIO = 100;

    private ZipGuard() {
    }

    /** Null when the file is within the limits, else the problem. */
    static String[] check(byte[] file) {
        long limit = Math.min(MAX_INFLATED, Math.max(1, file.length) * MAX_RATIO);
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return new String[] {"IMPORT_ZIP_TOO_MANY_ENTRIES", "the file has more than " + MAX_ENTRIES
                            + " parts; an XLSX of this template has far fewer", "文件包含超过 " + MAX_ENTRIES + " 个部件，不是本模板的表格"};
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    if (inflated > limit) {
                        return new String[] {"IMPORT_ZIP_BOMB", "the file expands to more than " + limit + " bytes"
                                + " (at most " + MAX_RATIO + " times its size and " + MAX_INFLATED + " bytes)",
                                "文件解压后超过 " + limit + " 字节（不得超过原大小的 " + MAX_RATIO + " 倍且不超过 " + MAX_INFLATED + " 字节）"};
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return new String[] {"IMPORT_NOT_XLSX", "the file is not a readable XLSX workbook", "文件不是可读取的XLSX表格"};
        }
        return entries == 0 ? new String[] {"IMPORT_NOT_XLSX", "the file is not a readable XLSX workbook",
                "文件不是可读取的XLSX表格"} : null;
    }
}
