package com.savweb.core.repository;

import com.savweb.core.model.Company;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Customer companies, all kept in one partition ({@code pk = COMPANY}) so that the admin page
 * lists them with one Query. A service desk has hundreds of customers, not millions; the
 * partition stays far below DynamoDB's limits (see {@code docs/data-model.md}).
 */
@Singleton
public class CompanyRepository {

    private final SavTable savTable;

    /** Uses the container's table. */
    public CompanyRepository(SavTable savTable) {
        this.savTable = savTable;
    }

    /** The company with this id, if any. */
    public Optional<Company> find(String id) {
        EnhancedDocument item = savTable.table().getItem(get -> get
                .key(DossierRepository.key(Keys.COMPANIES_PK, Keys.companySk(id))));
        return Optional.ofNullable(item).map(Items::company);
    }

    /** Stores a new company; {@code false} if the id is taken. */
    public boolean create(Company company) {
        return put(company, "attribute_not_exists(pk)");
    }

    /** Replaces an existing company; {@code false} if it does not exist. */
    public boolean replace(Company company) {
        return put(company, "attribute_exists(pk)");
    }

    /** Every company, by id. */
    public List<Company> list() {
        return savTable.table()
                .query(query -> query.queryConditional(QueryConditional.keyEqualTo(
                        Key.builder().partitionValue(Keys.COMPANIES_PK).build())))
                .items().stream()
                .map(Items::company)
                .toList();
    }

    private boolean put(Company company, String condition) {
        try {
            savTable.table().putItem(PutItemEnhancedRequest.builder(EnhancedDocument.class)
                    .item(Items.company(company))
                    .conditionExpression(Expression.builder().expression(condition).build())
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
