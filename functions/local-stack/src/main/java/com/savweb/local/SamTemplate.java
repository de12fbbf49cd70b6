package com.savweb.local;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The parts of {@code template.yaml} the local stack needs: each function's handler class, its
 * HTTP API routes and stream subscriptions, and the DynamoDB table definition.
 *
 * <p>CloudFormation short-form intrinsics ({@code !Ref X}, {@code !Sub s}, ...) are read as
 * their long form ({@code {Ref: X}}, {@code {Fn::Sub: s}}) and never evaluated: the local stack
 * only needs literal values. Known limit: {@code Globals} are not merged into functions.
 */
public final class SamTemplate {

    /** One {@code AWS::Serverless::Function}. */
    public record Function(String logicalId, String handlerClass, String codeUri,
            List<HttpRoute> routes, List<StreamSubscription> streams) {
    }

    /** One {@code HttpApi} event: a method and a path such as {@code /api/dossiers/{number}}. */
    public record HttpRoute(String method, String path) {

        /** The route key as API Gateway writes it, e.g. {@code GET /api/dossiers/{number}}. */
        public String routeKey() {
            return method + " " + path;
        }
    }

    /** One {@code DynamoDB} stream event with its filter patterns (JSON text). */
    public record StreamSubscription(String name, int batchSize, List<String> filterPatterns) {
    }

    private final Map<String, Object> resources;
    private final List<Function> functions;

    private SamTemplate(Map<String, Object> root) {
        this.resources = map(root.get("Resources"));
        List<Function> found = new ArrayList<>();
        for (Map.Entry<String, Object> resource : resources.entrySet()) {
            Map<String, Object> body = map(resource.getValue());
            if ("AWS::Serverless::Function".equals(body.get("Type"))) {
                found.add(function(resource.getKey(), map(body.get("Properties"))));
            }
        }
        this.functions = List.copyOf(found);
    }

    /** Reads a template file. */
    public static SamTemplate load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new SamTemplate(map(yaml().load(reader)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Reads the template named by the {@code savweb.template} system property, or the default. */
    public static SamTemplate fromProjectRoot() {
        return load(location());
    }

    /** Where the project's {@code template.yaml} is. */
    public static Path location() {
        String configured = System.getProperty("savweb.template");
        if (configured != null) {
            return Path.of(configured);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("template.yaml"))) {
                return dir.resolve("template.yaml");
            }
        }
        throw new IllegalStateException("template.yaml not found above " + here);
    }

    /** Every function, in template order. */
    public List<Function> functions() {
        return functions;
    }

    /** The properties of the one {@code AWS::DynamoDB::Table} resource. */
    public Map<String, Object> tableProperties() {
        for (Object resource : resources.values()) {
            Map<String, Object> body = map(resource);
            if ("AWS::DynamoDB::Table".equals(body.get("Type"))) {
                return map(body.get("Properties"));
            }
        }
        throw new IllegalStateException("template.yaml declares no AWS::DynamoDB::Table");
    }

    /**
     * The security headers CloudFront adds to every response, from the template's
     * {@code AWS::CloudFront::ResponseHeadersPolicy} (CSP, frame, content-type and referrer
     * options; HSTS is left out, the local stack speaks plain HTTP).
     */
    public Map<String, String> siteHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Object resource : resources.values()) {
            Map<String, Object> body = map(resource);
            if (!"AWS::CloudFront::ResponseHeadersPolicy".equals(body.get("Type"))) {
                continue;
            }
            Map<String, Object> security = map(map(map(body.get("Properties"))
                    .get("ResponseHeadersPolicyConfig")).get("SecurityHeadersConfig"));
            Object csp = map(security.get("ContentSecurityPolicy")).get("ContentSecurityPolicy");
            if (csp != null) {
                headers.put("Content-Security-Policy", csp.toString().trim());
            }
            if (security.containsKey("ContentTypeOptions")) {
                headers.put("X-Content-Type-Options", "nosniff");
            }
            Object frame = map(security.get("FrameOptions")).get("FrameOption");
            if (frame != null) {
                headers.put("X-Frame-Options", frame.toString());
            }
            Object referrer = map(security.get("ReferrerPolicy")).get("ReferrerPolicy");
            if (referrer != null) {
                headers.put("Referrer-Policy", referrer.toString());
            }
        }
        return headers;
    }

    /** Parses a JSON or YAML fragment (used for stream filter patterns). */
    public static Object parseFragment(String text) {
        return yaml().load(text);
    }

    private static Function function(String logicalId, Map<String, Object> properties) {
        List<HttpRoute> routes = new ArrayList<>();
        List<StreamSubscription> streams = new ArrayList<>();
        for (Map.Entry<String, Object> event : map(properties.get("Events")).entrySet()) {
            Map<String, Object> body = map(event.getValue());
            Map<String, Object> eventProperties = map(body.get("Properties"));
            if ("HttpApi".equals(body.get("Type"))) {
                routes.add(new HttpRoute(
                        String.valueOf(eventProperties.get("Method")).toUpperCase(),
                        String.valueOf(eventProperties.get("Path"))));
            } else if ("DynamoDB".equals(body.get("Type"))) {
                List<String> patterns = new ArrayList<>();
                Map<String, Object> criteria = map(eventProperties.get("FilterCriteria"));
                for (Object filter : list(criteria.get("Filters"))) {
                    patterns.add(String.valueOf(map(filter).get("Pattern")));
                }
                Object batch = eventProperties.get("BatchSize");
                streams.add(new StreamSubscription(event.getKey(),
                        batch == null ? 100 : Integer.parseInt(batch.toString()), patterns));
            }
        }
        String handler = String.valueOf(properties.get("Handler"));
        int method = handler.indexOf("::");
        String handlerClass = method < 0 ? handler : handler.substring(0, method);
        return new Function(logicalId, handlerClass, String.valueOf(properties.get("CodeUri")),
                List.copyOf(routes), List.copyOf(streams));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        // The emulator's state dump (read for sent mail) grows with the table: no size limit.
        options.setCodePointLimit(Integer.MAX_VALUE);
        return new Yaml(new IntrinsicConstructor(options));
    }

    /** Reads {@code !Tag value} as {@code {Fn::Tag: value}} ({@code !Ref} as {@code Ref}). */
    private static final class IntrinsicConstructor extends SafeConstructor {

        IntrinsicConstructor(LoaderOptions options) {
            super(options);
            this.yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue().substring(1);
                    String name = "Ref".equals(tag) ? tag : "Fn::" + tag;
                    Object value;
                    if (node instanceof ScalarNode scalar) {
                        value = constructScalar(scalar);
                    } else if (node instanceof SequenceNode sequence) {
                        value = constructSequence(sequence);
                    } else {
                        value = constructMapping((MappingNode) node);
                    }
                    Map<String, Object> intrinsic = new LinkedHashMap<>();
                    intrinsic.put(name, value);
                    return intrinsic;
                }
            });
        }
    }
}
