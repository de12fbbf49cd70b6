package com.savweb.core.repository;

import com.savweb.core.config.AwsEnvironment;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the DynamoDB client once per container.
 *
 * <p>Region and credentials come from the environment ({@link AwsEnvironment}), the endpoint from
 * the SDK's own settings, so the same code runs in Lambda, against moto or LocalStack
 * ({@code AWS_ENDPOINT_URL}) and against real AWS. The
 * URLConnection HTTP client is used because it loads fastest, which matters for cold starts.
 */
@Factory
public class AwsClientFactory {

    /** The one DynamoDB client of this container. */
    @Singleton
    @Bean(preDestroy = "close")
    public DynamoDbClient dynamoDbClient() {
        return DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(AwsEnvironment.region())
                .credentialsProvider(AwsEnvironment.credentials())
                .build();
    }
}
