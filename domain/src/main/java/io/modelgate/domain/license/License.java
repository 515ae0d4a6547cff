package io.modelgate.domain.license;

import io.modelgate.domain.shared.Require;

import java.util.Optional;

/**
 * A license in the catalog. Immutable; the version supports optimistic locking.
 *
 * @param spdxId  the SPDX identifier when there is one (Apache-2.0, MIT, CC-BY-NC-4.0)
 * @param textUrl where the full license text is published
 */
public record License(LicenseId id, String name, Optional<String> spdxId, String textUrl, String summary,
                      LicenseTerms terms, long version) {

    public License {
        Require.present(id, "id");
        name = Require.text(name, "name", 120);
        Require.present(spdxId, "spdxId");
        spdxId = spdxId.map(s -> Require.text(s, "spdxId", 64));
        textUrl = Require.text(textUrl, "textUrl", 500);
        summary = Require.text(summary, "summary", 2000);
        Require.present(terms, "terms");
        Require.nonNegative(version, "version");
    }

    public License revise(String newName, Optional<String> newSpdxId, String newTextUrl, String newSummary,
                          LicenseTerms newTerms) {
        return new License(id, newName, newSpdxId, newTextUrl, newSummary, newTerms, version);
    }
}
