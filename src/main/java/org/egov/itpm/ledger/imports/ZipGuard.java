package org.egov.itpm.ledger.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Zip-bomb limits checked before the XLSX is parsed: the number of entries, the total inflated size and the ratio of
 * inflated to uploaded size. Entries are inflated and counted (a zip's declared sizes can lie) and counting stops at
 * the first limit passed.
 * The file is written to a temporary file for the check (ZipFile reads the central directory).
 */
final class ZipGuard {

    static final int MAX_ENTRIES = 200;
    static final long MAX_INFLATED = 200L * 1024 * 1024;
    static final long MAX_RATIO = 100;

    private ZipGuard() {
    }

    /** Null when the file is within the limits, else the code and the English and Chinese text. */
    static String[] check(byte[] file) {
        long limit = Math.min(MAX_INFLATED, Math.max(1, file.length) * MAX_RATIO);
        Path tmp = null;
        // The central directory (ZipFile), not the local headers: XLSX writers leave sizes out of local headers.
        try {
            tmp = Files.createTempFile("ledger-import-", ".xlsx");
            Files.write(tmp, file);
            try (ZipFile zip = new ZipFile(tmp.toFile())) {
                if (zip.size() > MAX_ENTRIES) {
                    return tooManyEntries();
                }
                long inflated = 0;
                byte[] buffer = new byte[64 * 1024];
                for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    try (InputStream in = zip.getInputStream(entry)) {
                        int n;
                        while ((n = in.read(buffer)) > 0) {
                            inflated += n;
                            if (inflated > limit) {
                                return bomb(limit);
                            }
                        }
                    }
                }
                return zip.size() == 0 ? notXlsx() : null;
            }
        } catch (IOException | RuntimeException e) {
            return notXlsx();
        } finally {
            if (tmp != null) {
                tmp.toFile().delete();
            }
        }
    }

    private static String[] tooManyEntries() {
        return new String[] {"IMPORT_ZIP_TOO_MANY_ENTRIES", "the file has more than " + MAX_ENTRIES
                + " parts; an XLSX of this template has far fewer", "文件包含超过 " + MAX_ENTRIES + " 个部件，不是本模板的表格"};
    }

    private static String[] bomb(long limit) {
        return new String[] {"IMPORT_ZIP_BOMB", "the file expands to more than " + limit + " bytes (at most "
                + MAX_RATIO + " times its size and " + MAX_INFLATED + " bytes)", "文件解压后超过 " + limit
                + " 字节（不得超过原大小的 " + MAX_RATIO + " 倍且不超过 " + MAX_INFLATED + " 字节）"};
    }

    private static String[] notXlsx() {
        return new String[] {"IMPORT_NOT_XLSX", "the file is not a readable XLSX workbook", "文件不是可读取的XLSX表格"};
    }
}
