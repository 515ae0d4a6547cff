package io.modelgate.domain.license;

import io.modelgate.domain.shared.Require;

/** A license's stable identifier: a slug such as {@code apache-2.0} or {@code llama-3-community}. */
public record LicenseId(String value) {

    public LicenseId {
        value = Require.slug(value, "licenseId", 64);
    }

    @Override
    public String toString() {
        return value;
    }
}
