package com.savweb.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hosts the functions of {@code template.yaml} in this JVM, one "container" each: the handler
 * class the template names is instantiated on first use (its cold start) and then reused, and
 * invocations of one function run one at a time, as in one Lambda container.
 *
 * <p>{@link #verifyHandlers()} loads every handler class up front, so a wrong {@code Handler} in
 * the template fails the local stack and the tests at once.
 */
public final class FunctionHost {

    private final Map<String, SamTemplate.Function> functions = new HashMap<>();
    private final Map<String, RequestHandler<Object, Object>> containers = new HashMap<>();

    /** Hosts every function of the template. */
    public FunctionHost(SamTemplate template) {
        for (SamTemplate.Function function : template.functions()) {
            functions.put(function.logicalId(), function);
        }
    }

    /** The hosted functions. */
    public List<SamTemplate.Function> functions() {
        return List.copyOf(functions.values());
    }

    /**
     * Checks that every handler class exists and is a Lambda {@code RequestHandler}.
     *
     * @throws IllegalStateException naming the first function whose handler is wrong
     */
    public void verifyHandlers() {
        for (SamTemplate.Function function : functions.values()) {
            handlerClass(function);
        }
    }

    /** Invokes a function with an event object, as Lambda would after deserialising it. */
    public Object invoke(String logicalId, Object event) {
        SamTemplate.Function function = functions.get(logicalId);
        if (function == null) {
            throw new IllegalArgumentException("no function " + logicalId + " in template.yaml");
        }
        RequestHandler<Object, Object> handler = container(function);
        synchronized (handler) {
            return handler.handleRequest(event, new LocalLambdaContext(logicalId));
        }
    }

    private synchronized RequestHandler<Object, Object> container(SamTemplate.Function function) {
        RequestHandler<Object, Object> handler = containers.get(function.logicalId());
        if (handler == null) {
            handler = instantiate(function);
            containers.put(function.logicalId(), handler);
        }
        return handler;
    }

    @SuppressWarnings("unchecked")
    private static RequestHandler<Object, Object> instantiate(SamTemplate.Function function) {
        try {
            return (RequestHandler<Object, Object>) handlerClass(function)
                    .getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalStateException("cannot create the handler of "
                    + function.logicalId(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the handler of " + function.logicalId()
                    + " failed to start", e.getCause());
        }
    }

    private static Class<?> handlerClass(SamTemplate.Function function) {
        Class<?> type;
        try {
            type = Class.forName(function.handlerClass());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("template.yaml: function " + function.logicalId()
                    + " names handler " + function.handlerClass() + ", which does not exist", e);
        }
        if (!RequestHandler.class.isAssignableFrom(type)) {
            throw new IllegalStateException("template.yaml: handler " + function.handlerClass()
                    + " of " + function.logicalId() + " is not a Lambda RequestHandler");
        }
        return type;
    }
}
