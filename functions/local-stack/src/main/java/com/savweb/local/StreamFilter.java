package com.savweb.local;

import java.util.List;
import java.util.Map;

/**
 * Lambda event filtering for stream records, for the pattern forms this project uses: a field
 * matches a list of exact values or of {@code {"prefix": "..."}} rules, and nested objects match
 * field by field. A record passes if any of the function's patterns matches; no pattern at all
 * lets every record through.
 */
final class StreamFilter {

    private final List<Object> patterns;

    StreamFilter(List<String> patternTexts) {
        this.patterns = patternTexts.stream().map(SamTemplate::parseFragment).toList();
    }

    boolean accepts(Map<String, Object> record) {
        if (patterns.isEmpty()) {
            return true;
        }
        return patterns.stream().anyMatch(pattern -> matches(pattern, record));
    }

    private static boolean matches(Object pattern, Object value) {
        if (pattern instanceof Map<?, ?> fields) {
            if (!(value instanceof Map<?, ?> actual)) {
                return false;
            }
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                if (!matches(field.getValue(), actual.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (pattern instanceof List<?> rules) {
            return rules.stream().anyMatch(rule -> matchesRule(rule, value));
        }
        return false;
    }

    private static boolean matchesRule(Object rule, Object value) {
        if (rule instanceof Map<?, ?> special) {
            Object prefix = special.get("prefix");
            return prefix != null && value != null
                    && value.toString().startsWith(prefix.toString());
        }
        return value != null && rule.toString().equals(value.toString());
    }
}
