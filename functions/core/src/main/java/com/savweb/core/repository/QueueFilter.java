package com.savweb.core.repository;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Optional filters on a staff queue: department, company and urgency ({@code null} = any).
 *
 * <p>They are applied as a filter expression on the one Query of a page, so a filtered page can
 * be short; the cursor still leads to the rest.
 */
public record QueueFilter(String department, String companyId, String urgency) {

    /** No filter at all. */
    public static final QueueFilter NONE = new QueueFilter(null, null, null);

    Expression toExpression() {
        List<String> terms = new ArrayList<>();
        Expression.Builder expression = Expression.builder();
        add(terms, expression, "department", department);
        add(terms, expression, "companyId", companyId);
        add(terms, expression, "urgency", urgency);
        if (terms.isEmpty()) {
            return null;
        }
        return expression.expression(String.join(" AND ", terms)).build();
    }

    private static void add(List<String> terms, Expression.Builder expression, String attribute,
            String value) {
        if (value != null && !value.isBlank()) {
            terms.add("#" + attribute + " = :" + attribute);
            expression.putExpressionName("#" + attribute, attribute);
            expression.putExpressionValue(":" + attribute, AttributeValue.fromS(value));
        }
    }
}
