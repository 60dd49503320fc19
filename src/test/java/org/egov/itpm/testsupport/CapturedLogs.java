package org.egov.itpm.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.egov.itpm.platform.ExpectedErrorLogFilter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Log records of the running service at {@code level} or above that the console would write (through its
 * ExpectedErrorLogFilter), with the trace id each carried (MDC).
 */
public final class CapturedLogs extends Handler implements AutoCloseable {

    /** One record: its logger, level, formatted message and MDC traceId. */
    public record Line(String logger, Level level, String message, String traceId) {
    }

    private static final ExpectedErrorLogFilter CONSOLE_FILTER = new ExpectedErrorLogFilter();

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Level level;

    private CapturedLogs(Level level) {
        this.level = level;
    }

    public static CapturedLogs from(Level level) {
        CapturedLogs capture = new CapturedLogs(level);
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    public List<Line> lines() {
        return lines;
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() < level.intValue() || !CONSOLE_FILTER.isLoggable(record)) {
            return;
        }
        String traceId = record instanceof ExtLogRecord ext ? ext.getMdc("traceId") : null;
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        lines.add(new Line(record.getLoggerName(), record.getLevel(), message, traceId));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
