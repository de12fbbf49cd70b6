package com.savweb.core.repository;

import com.savweb.core.model.UserAccount;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * User accounts by code (GetItem), and a company's users or the staff through the company
 * index. Codes are stored lower-case; callers normalise them first.
 */
@Singleton
public class UserRepository {

    private final SavTable savTable;

    /** Uses the container's table. */
    public UserRepository(SavTable savTable) {
        this.savTable = savTable;
    }

    /** The account with this code, if any. */
    public Optional<UserAccount> find(String code) {
        EnhancedDocument item = savTable.table().getItem(get -> get
                .key(DossierRepository.key(Keys.userPk(code), Keys.PROFILE_SK))
                .consistentRead(true));
        return Optional.ofNullable(item).map(Items::user);
    }

    /** Stores a new account; {@code false} if the code is already taken. */
    public boolean create(UserAccount user) {
        try {
            savTable.table().putItem(PutItemEnhancedRequest.builder(EnhancedDocument.class)
                    .item(Items.user(user))
                    .conditionExpression(Expression.builder()
                            .expression("attribute_not_exists(pk)").build())
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Replaces an existing account; {@code false} if it does not exist. */
    public boolean replace(UserAccount user) {
        try {
            savTable.table().putItem(PutItemEnhancedRequest.builder(EnhancedDocument.class)
                    .item(Items.user(user))
                    .conditionExpression(Expression.builder()
                            .expression("attribute_exists(pk)").build())
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * Counts one more failed sign-in atomically; when {@code maxFailures} is reached the account
     * is locked until {@code lockUntil} and the count starts again.
     */
    public void recordFailedLogin(String code, int maxFailures, Instant lockUntil) {
        Map<String, AttributeValue> key = Map.of(
                Keys.PK, AttributeValue.fromS(Keys.userPk(code)),
                Keys.SK, AttributeValue.fromS(Keys.PROFILE_SK));
        try {
            int failures = Integer.parseInt(savTable.client().updateItem(update -> update
                    .tableName(savTable.name())
                    .key(key)
                    .updateExpression("ADD failedLogins :one")
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                    .returnValues(ReturnValue.UPDATED_NEW))
                    .attributes().get("failedLogins").n());
            if (failures >= maxFailures) {
                savTable.client().updateItem(update -> update
                        .tableName(savTable.name())
                        .key(key)
                        .updateExpression("SET failedLogins = :zero, lockedUntil = :until")
                        .expressionAttributeValues(Map.of(
                                ":zero", AttributeValue.fromN("0"),
                                ":until", AttributeValue.fromS(Keys.stamp(lockUntil)))));
            }
        } catch (ConditionalCheckFailedException e) {
            // The account was deleted meanwhile: nothing left to lock.
        }
    }

    /** Forgets earlier failed sign-ins after a successful one. */
    public void clearFailedLogins(String code) {
        savTable.client().updateItem(update -> update
                .tableName(savTable.name())
                .key(Map.of(
                        Keys.PK, AttributeValue.fromS(Keys.userPk(code)),
                        Keys.SK, AttributeValue.fromS(Keys.PROFILE_SK)))
                .updateExpression("SET failedLogins = :zero REMOVE lockedUntil")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":zero", AttributeValue.fromN("0"))));
    }

    /** The users of one company (company index), by code. */
    public List<UserAccount> listByCompany(String companyId) {
        return listByCompanyKey(Keys.companyKey(companyId));
    }

    /** The staff agents and admins (company index, partition {@code STAFF}), by code. */
    public List<UserAccount> listStaff() {
        return listByCompanyKey(Keys.STAFF_COMPANY_KEY);
    }

    private List<UserAccount> listByCompanyKey(String companyKey) {
        return savTable.index(SavTable.COMPANY_INDEX)
                .query(query -> query.queryConditional(QueryConditional.sortBeginsWith(
                        Key.builder().partitionValue(companyKey).sortValue("USER#").build())))
                .stream()
                .flatMap(page -> page.items().stream())
                .map(Items::user)
                .toList();
    }
}
