package io.assetbridge.platform.logging;

import io.assetbridge.platform.json.Jsonp;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per line: {@code timestamp} (ISO-8601 UTC), {@code level}, {@code logger},
 * {@code message}, {@code thread}, {@code runId} and {@code integrationId} when the line comes from a
 * run's thread, and {@code exception} (the stack trace) when there is one.
 */
public final class JsonLogFormatter extends Formatter {

    @Override
    public String format(LogRecord record) {
        var line = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("timestamp", Instant.ofEpochMilli(record.getMillis()).toString())
                .add("level", record.getLevel().getName())
                .add("logger", record.getLoggerName() == null ? "" : record.getLoggerName())
                .add("message", message(record))
                .add("thread", Thread.currentThread().getName());
        RunLogContext.current()
                .ifPresent(run -> line.add("runId", run.runId()).add("integrationId", run.integrationId()));
        if (record.getThrown() != null) {
            var trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.add("exception", trace.toString());
        }
        return line.build().toString() + System.lineSeparator();
    }

    private String message(LogRecord record) {
        try {
            String message = formatMessage(record);
            return message == null ? "" : message;
        } catch (RuntimeException badPattern) {
            return String.valueOf(record.getMessage());
        }
    }
}
