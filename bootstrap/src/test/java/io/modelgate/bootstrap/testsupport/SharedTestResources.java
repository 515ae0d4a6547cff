package io.modelgate.bootstrap.testsupport;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Declares the test resources once, for the whole suite, so the application starts only once. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ProviderStubResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ConsoleIdpResource.class, scope = TestResourceScope.GLOBAL)
public final class SharedTestResources {

    private SharedTestResources() {
    }
}
