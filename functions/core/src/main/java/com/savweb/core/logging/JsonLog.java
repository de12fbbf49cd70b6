package com.savweb.core.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Structured logging: one JSON object per line, for CloudWatch Logs Insights.
 *
 * <p>Everything that logs through SLF4J (Micronaut, the AWS SDK) is routed to
 * {@code java.util.logging} and printed as JSON too. Callers pass fields explicitly; the request
 * id is one of them. Never pass passwords, session tokens or message bodies.
 *
 * <p>Default level INFO, or the value of the {@code SAV_LOG_LEVEL} environment variable.
 */
public final class JsonLog {

    private static final Logger LOGGER = Logger.getLogger("savweb");

    static {
        install();
    }

    private JsonLog() {
    }

    /**
     * Makes sure every log line is JSON from now on; call it before anything else logs (the
     * handlers do, before Micronaut starts). Calling it again does nothing.
     */
    public static void init() {
        // Loading this class ran install() once.
    }

    /** Logs one INFO line made of {@code event} and {@code fields}. */
    public static void info(String event, Map<String, ?> fields) {
        if (LOGGER.isLoggable(Level.INFO)) {
            LOGGER.log(Level.INFO, line("INFO", event, fields, null));
        }
    }

    /** Logs one WARN line made of {@code event} and {@code fields}. */
    public static void warn(String event, Map<String, ?> fields) {
        LOGGER.log(Level.WARNING, line("WARN", event, fields, null));
    }

    /** Logs one ERROR line with the exception and its stack trace. */
    public static void error(String event, Map<String, ?> fields, Throwable error) {
        LOGGER.log(Level.SEVERE, line("ERROR", event, fields, error));
    }

    private static String line(String level, String event, Map<String, ?> fields,
            Throwable error) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("time", Instant.now().toString());
        all.put("level", level);
        all.put("event", event);
        all.putAll(fields);
        if (error != null) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            all.put("error", String.valueOf(error));
            all.put("stackTrace", trace.toString());
        }
        return toJson(all);
    }

    /** Writes a flat map as a JSON object; values are written as strings, numbers or booleans. */
    static String toJson(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder(128).append('{');
        boolean first = true;
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, field.getKey());
            out.append(':');
            Object value = field.getValue();
            if (value == null) {
                out.append("null");
            } else if (value instanceof Number || value instanceof Boolean) {
                out.append(value);
            } else {
                appendString(out, value.toString());
            }
        }
        return out.append('}').toString();
    }

    /** {@code text} as a JSON string literal, quotes included. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendString(out, text);
        return out.toString();
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Replaces the root handlers so that every log line, ours or a library's, is JSON. */
    private static void install() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        // A ConsoleHandler would write to (and, when redirected, close) System.err; Lambda and
        // the local stack read standard output, one line per record.
        Handler console = new StreamHandler(System.out, new LineFormatter()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }

            @Override
            public synchronized void close() {
                flush();
            }
        };
        Level level = parseLevel(System.getenv("SAV_LOG_LEVEL"));
        console.setLevel(level);
        root.addHandler(console);
        root.setLevel(level);
    }

    private static Level parseLevel(String value) {
        if (value == null || value.isBlank()) {
            return Level.INFO;
        }
        return switch (value.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "DEBUG" -> Level.FINE;
            case "WARN" -> Level.WARNING;
            case "ERROR" -> Level.SEVERE;
            default -> Level.INFO;
        };
    }

    /** Our lines are already JSON; a library's message is wrapped into one. */
    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            if ("savweb".equals(record.getLoggerName())) {
                return record.getMessage() + System.lineSeparator();
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("time", record.getInstant().toString());
            fields.put("level", record.getLevel().getName());
            fields.put("logger", record.getLoggerName());
            fields.put("message", formatMessage(record));
            if (record.getThrown() != null) {
                fields.put("error", String.valueOf(record.getThrown()));
            }
            return toJson(fields) + System.lineSeparator();
        }
    }
}
