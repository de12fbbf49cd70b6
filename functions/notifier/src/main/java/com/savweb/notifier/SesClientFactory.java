package com.savweb.notifier;

import com.savweb.core.config.AwsEnvironment;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Duration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Builds the SES v2 client once per container, with short timeouts: a slow SES makes this
 * invocation fail and retry, never a dossier change wait.
 */
@Factory
public class SesClientFactory {

    /** The one SES client of this container. */
    @Singleton
    @Bean(preDestroy = "close")
    public SesV2Client sesV2Client() {
        return SesV2Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(3))
                        .socketTimeout(Duration.ofSeconds(10)))
                .region(AwsEnvironment.region())
                .credentialsProvider(AwsEnvironment.credentials())
                .overrideConfiguration(config -> config.apiCallTimeout(Duration.ofSeconds(20)))
                .build();
    }
}
