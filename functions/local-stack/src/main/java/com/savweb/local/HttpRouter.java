package com.savweb.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a request to a route of {@code template.yaml}, as API Gateway HTTP APIs do: the most
 * specific route wins (fewest path parameters), {@code {name}} matches one path segment and
 * {@code {name+}} the rest of the path.
 */
public final class HttpRouter {

    /** A matched route: the function to call, the route key and the path parameters. */
    public record Match(String functionId, String routeKey, Map<String, String> pathParameters) {
    }

    private record Entry(String functionId, SamTemplate.HttpRoute route, Pattern pattern,
            List<String> names) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z0-9_]+)(\\+?)}");

    private final List<Entry> entries = new ArrayList<>();

    /** Routes every HttpApi event of the template. */
    public HttpRouter(SamTemplate template) {
        for (SamTemplate.Function function : template.functions()) {
            for (SamTemplate.HttpRoute route : function.routes()) {
                List<String> names = new ArrayList<>();
                StringBuilder regex = new StringBuilder("^");
                Matcher parameter = PARAMETER.matcher(route.path());
                int last = 0;
                while (parameter.find()) {
                    regex.append(Pattern.quote(route.path().substring(last, parameter.start())));
                    regex.append(parameter.group(2).isEmpty() ? "([^/]+)" : "(.+)");
                    names.add(parameter.group(1));
                    last = parameter.end();
                }
                regex.append(Pattern.quote(route.path().substring(last))).append('$');
                entries.add(new Entry(function.logicalId(), route,
                        Pattern.compile(regex.toString()), names));
            }
        }
        entries.sort(Comparator.comparingInt((Entry e) -> e.names().size())
                .thenComparing(e -> -e.route().path().length()));
    }

    /** The route for a method and path, if the template has one. */
    public Optional<Match> match(String method, String path) {
        for (Entry entry : entries) {
            String routeMethod = entry.route().method();
            if (!routeMethod.equals(method) && !routeMethod.equals("ANY")) {
                continue;
            }
            Matcher matcher = entry.pattern().matcher(path);
            if (matcher.matches()) {
                Map<String, String> parameters = new LinkedHashMap<>();
                for (int i = 0; i < entry.names().size(); i++) {
                    parameters.put(entry.names().get(i), matcher.group(i + 1));
                }
                return Optional.of(new Match(entry.functionId(), entry.route().routeKey(),
                        parameters));
            }
        }
        return Optional.empty();
    }

    /** Every route key, for listing at start-up. */
    public List<String> routeKeys() {
        return entries.stream().map(e -> e.route().routeKey()).toList();
    }
}
