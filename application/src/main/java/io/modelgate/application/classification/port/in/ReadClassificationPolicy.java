package io.modelgate.application.classification.port.in;


import java.util.List;

/** Use case: anyone signed in reads the policy and its history. */
public interface ReadClassificationPolicy {

    VersionedPolicy current();

    List<VersionedPolicy> history();
}
