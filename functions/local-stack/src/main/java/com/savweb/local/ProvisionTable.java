package com.savweb.local;

/**
 * Creates the table of {@code template.yaml} and verifies the SES identities in the emulator at
 * {@code AWS_ENDPOINT_URL} (moto or LocalStack), without erasing anything: for benchmarks and
 * for preparing a LocalStack by hand.
 */
public final class ProvisionTable {

    private ProvisionTable() {
    }

    /** Provisions and exits; arguments are ignored. */
    public static void main(String[] args) {
        try (LocalEnvironment env = LocalEnvironment.create()) {
            env.provision(false);
        }
    }
}
