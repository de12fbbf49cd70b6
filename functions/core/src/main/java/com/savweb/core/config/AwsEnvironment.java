package com.savweb.core.config;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Region and credentials for the SDK clients, resolved the cheap way when Lambda (or the local
 * stack) provides them as environment variables, and through the SDK's default chains otherwise.
 *
 * <p>Skipping the chains saves their class loading and file look-ups at every cold start. The
 * endpoint is left to the SDK, which honours {@code AWS_ENDPOINT_URL} (moto, LocalStack).
 */
public final class AwsEnvironment {

    private AwsEnvironment() {
    }

    /** {@code AWS_REGION} when set, else the default region chain. */
    public static Region region() {
        String region = System.getenv("AWS_REGION");
        return region == null || region.isBlank()
                ? DefaultAwsRegionProviderChain.builder().build().getRegion()
                : Region.of(region);
    }

    /** The environment's keys when {@code AWS_ACCESS_KEY_ID} is set, else the default chain. */
    public static AwsCredentialsProvider credentials() {
        return System.getenv("AWS_ACCESS_KEY_ID") != null
                ? EnvironmentVariableCredentialsProvider.create()
                : DefaultCredentialsProvider.builder().build();
    }
}
