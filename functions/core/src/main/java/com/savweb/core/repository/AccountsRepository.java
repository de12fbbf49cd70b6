package com.savweb.core.repository;

import com.savweb.core.model.AuditEntry;
import com.savweb.core.model.Company;
import com.savweb.core.model.UserAccount;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Administrative writes to accounts and companies, each in one transaction with its audit entry,
 * so that no change is ever made without being recorded; and the audit trail itself.
 *
 * <p>Audit entries are grouped by month ({@code pk = AUDIT#yyyy-MM}); {@link #recentAudit}
 * reads the current and the previous month.
 */
@Singleton
public class AccountsRepository {

    private static final String AUDIT = "AUDIT";

    private final SavTable savTable;

    /** Uses the container's table. */
    public AccountsRepository(SavTable savTable) {
        this.savTable = savTable;
    }

    /** Creates an account; {@code false} if the code is taken. */
    public boolean createUser(UserAccount user, AuditEntry audit) {
        return write(Items.user(user), "attribute_not_exists(pk)", audit);
    }

    /** Replaces an account; {@code false} if it does not exist. */
    public boolean replaceUser(UserAccount user, AuditEntry audit) {
        return write(Items.user(user), "attribute_exists(pk)", audit);
    }

    /** Creates a company; {@code false} if the id is taken. */
    public boolean createCompany(Company company, AuditEntry audit) {
        return write(Items.company(company), "attribute_not_exists(pk)", audit);
    }

    /** Replaces a company; {@code false} if it does not exist. */
    public boolean replaceCompany(Company company, AuditEntry audit) {
        return write(Items.company(company), "attribute_exists(pk)", audit);
    }

    /** The audit entries of this month and the previous one, newest first. */
    public List<AuditEntry> recentAudit(Instant now, int limit) {
        List<AuditEntry> entries = new ArrayList<>();
        Instant previousMonth = now.minus(31, ChronoUnit.DAYS);
        for (Instant month : List.of(now, previousMonth)) {
            if (entries.size() >= limit) {
                break;
            }
            savTable.table().query(query -> query
                    .queryConditional(QueryConditional.keyEqualTo(
                            Key.builder().partitionValue(Keys.auditPk(month)).build()))
                    .scanIndexForward(false)
                    .limit(limit))
                    .items().stream()
                    .limit(limit - entries.size())
                    .map(AccountsRepository::audit)
                    .forEach(entries::add);
        }
        return entries;
    }

    private boolean write(EnhancedDocument item, String condition, AuditEntry audit) {
        TransactWriteItemsEnhancedRequest transaction = TransactWriteItemsEnhancedRequest.builder()
                .addPutItem(savTable.table(), TransactPutItemEnhancedRequest
                        .builder(EnhancedDocument.class)
                        .item(item)
                        .conditionExpression(Expression.builder().expression(condition).build())
                        .build())
                .addPutItem(savTable.table(), auditItem(audit))
                .build();
        try {
            savTable.enhanced().transactWriteItems(transaction);
            return true;
        } catch (TransactionCanceledException e) {
            return false;
        }
    }

    private static EnhancedDocument auditItem(AuditEntry audit) {
        return SavTable.newDocument()
                .putString(Keys.PK, Keys.auditPk(audit.at()))
                .putString(Keys.SK, Keys.stamp(audit.at()) + "#" + Keys.randomSuffix())
                .putString(Keys.TYPE, AUDIT)
                .putString("at", Keys.stamp(audit.at()))
                .putString("actor", audit.actor())
                .putString("action", audit.action())
                .putString("target", audit.target())
                .putString("summary", audit.summary())
                .build();
    }

    private static AuditEntry audit(EnhancedDocument item) {
        return new AuditEntry(Items.instant(item.getString("at")), item.getString("actor"),
                item.getString("action"), item.getString("target"), item.getString("summary"));
    }
}
